import { z } from "zod";
import { isChoiceType } from "@/lib/lke/question-rules";
import type { LkeVersion, Question } from "@/lib/lke/schema";
import { listQuestionEntries } from "@/lib/lke/walk";
import { describeAnswerIssue } from "./answer-messages";

// The answers of one assessment, keyed by question code — the shape the command line reads and
// the web form and server will send. Framework-free so that all of them share one schema.

/** PERCENT: the counts by input key, e.g. { jumlah_sasaran_kinerja: 10, jumlah_sasaran_tercapai: 8 }. */
export type PercentAnswer = Readonly<Record<string, number>>;
/** A choice answer is an option code ("YA", "B"); a SURVEY_INDEX answer is the index (0–4). */
export type AnswerValue = string | number | PercentAnswer;
/** A question that is absent (or null in raw input) is unanswered. */
export type Answers = Readonly<Record<string, AnswerValue>>;

export type AnswerProblem = { question: string | null; message: string };
export type ParsedAnswers = { ok: true; answers: Answers } | { ok: false; problems: AnswerProblem[] };

const schemas = new WeakMap<LkeVersion, z.ZodType<Record<string, AnswerValue | null | undefined>>>();

/** The zod schema of a raw answers object for this LKE version (built once per version). */
export function getAnswersSchema(lke: LkeVersion): z.ZodType<Record<string, AnswerValue | null | undefined>> {
  const cached = schemas.get(lke);
  if (cached) return cached;
  const shape: Record<string, z.ZodType<AnswerValue | null | undefined>> = {};
  for (const { question } of listQuestionEntries(lke)) shape[question.code] = answerSchema(question).nullish();
  const schema = z.strictObject(shape);
  schemas.set(lke, schema);
  return schema;
}

/**
 * Checks raw answers against an LKE version and returns every problem, each naming its question:
 * unknown question, option outside the question's scale, a value of the wrong kind, a PERCENT
 * input that is missing (every input not marked `unused`), negative, fractional or not a number,
 * an unknown input key, a survey index outside 0–scaleMax or not a number.
 */
export function parseAnswers(lke: LkeVersion, raw: unknown): ParsedAnswers {
  const parsed = getAnswersSchema(lke).safeParse(raw, { reportInput: true });
  if (!parsed.success) {
    return { ok: false, problems: parsed.error.issues.flatMap((issue) => describeAnswerIssue(lke, issue)) };
  }
  const answers: Record<string, AnswerValue> = {};
  for (const [code, value] of Object.entries(parsed.data)) {
    if (value !== null && value !== undefined) answers[code] = value;
  }
  return { ok: true, answers };
}

function answerSchema(question: Question): z.ZodType<AnswerValue> {
  if (isChoiceType(question.type)) {
    const codes = (question.options ?? []).map((o) => o.code);
    return z.string().refine((code) => codes.includes(code), { abort: true });
  }
  if (question.type === "SURVEY_INDEX") return z.number().min(0).max(question.scaleMax ?? 4);
  const shape: Record<string, z.ZodType<number | undefined>> = {};
  for (const input of question.inputs ?? []) {
    const count = z.number().int().min(0);
    shape[input.key] = input.unused ? count.optional() : count;
  }
  return z.strictObject(shape).transform((counts) => {
    const present: Record<string, number> = {};
    for (const [key, value] of Object.entries(counts)) if (value !== undefined) present[key] = value;
    return present;
  });
}
