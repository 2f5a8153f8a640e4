import type { z } from "zod";
import { isChoiceType } from "@/lib/lke/question-rules";
import type { LkeVersion, Question } from "@/lib/lke/schema";
import { listQuestionEntries } from "@/lib/lke/walk";
import type { AnswerProblem } from "./answers";

// zod issues on raw answers, told in Bahasa Indonesia, one problem per question (or input key).

const questionMaps = new WeakMap<LkeVersion, ReadonlyMap<string, Question>>();

function questionOf(lke: LkeVersion, code: string): Question | undefined {
  let map = questionMaps.get(lke);
  if (!map) {
    map = new Map(listQuestionEntries(lke).map((e) => [e.question.code, e.question]));
    questionMaps.set(lke, map);
  }
  return map.get(code);
}

export function describeAnswerIssue(lke: LkeVersion, issue: z.core.$ZodIssue): AnswerProblem[] {
  const [code, key] = issue.path.map(String);
  if (code === undefined) {
    if (issue.code === "unrecognized_keys") {
      return issue.keys.map((unknown) => ({
        question: unknown,
        message: `Pertanyaan ${unknown}: kode pertanyaan tidak dikenal dalam LKE ${lke.id}`,
      }));
    }
    return [{ question: null, message: "Jawaban harus berupa objek { kode pertanyaan: jawaban }" }];
  }
  const question = questionOf(lke, code);
  const say = (message: string): AnswerProblem[] => [{ question: code, message: `Pertanyaan ${code}: ${message}` }];
  if (!question) return say("kode pertanyaan tidak dikenal");
  const input: unknown = issue.input;

  if (isChoiceType(question.type)) {
    const codes = (question.options ?? []).map((o) => o.code).join(", ");
    if (typeof input !== "string") return say(`jawaban harus berupa kode pilihan (${codes}), bukan ${kindOf(input)}`);
    return say(`pilihan "${input}" tidak sah untuk skala ${question.type}; pilihan yang sah: ${codes}`);
  }
  if (question.type === "SURVEY_INDEX") {
    const maximum = question.scaleMax ?? 4;
    if (typeof input !== "number" || !Number.isFinite(input)) return say(`indeks survei harus berupa bilangan, bukan ${kindOf(input)}`);
    return say(`indeks survei ${String(input)} di luar rentang 0–${String(maximum)}`);
  }
  const keys = (question.inputs ?? []).map((i) => i.key).join(", ");
  if (key === undefined) {
    if (issue.code === "unrecognized_keys") {
      return issue.keys.flatMap((unknown) => say(`isian "${unknown}" tidak dikenal; isian yang sah: ${keys}`));
    }
    return say(`jawaban PERCENT harus berupa objek isian { ${keys} }, bukan ${kindOf(input)}`);
  }
  if (input === undefined) return say(`isian "${key}" wajib diisi`);
  if (typeof input !== "number" || !Number.isFinite(input)) return say(`isian "${key}" harus berupa bilangan, bukan ${kindOf(input)}`);
  if (input < 0) return say(`isian "${key}" tidak boleh negatif (${String(input)})`);
  if (!Number.isInteger(input)) return say(`isian "${key}" harus bilangan bulat (${String(input)})`);
  return say(`isian "${key}" terlalu besar (${String(input)})`);
}

function kindOf(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "daftar";
  if (typeof value === "string") return `teks "${value}"`;
  if (typeof value === "number") return `bilangan ${String(value)}`;
  if (typeof value === "object") return "objek";
  return typeof value;
}
