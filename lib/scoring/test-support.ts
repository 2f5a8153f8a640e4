// Helpers for the scoring tests: answer sets built from the LKE data itself (never from the code
// under test). Not a test file; imported by *.test.ts only.
import type { LkeVersion, Question } from "@/lib/lke/schema";
import { getLkeVersion } from "@/lib/lke/versions";
import { listQuestionEntries } from "@/lib/lke/walk";
import type { AnswerValue } from "./answers";

export function loadPm90(): LkeVersion {
  const lke = getLkeVersion("pm90-2021");
  if (!lke) throw new Error("pm90-2021 tidak ada");
  return lke;
}

export function listQuestions(lke: LkeVersion): Question[] {
  return listQuestionEntries(lke).map((e) => e.question);
}

const BEST_OPTION: Record<string, string> = { YA_TIDAK: "YA", ABC: "A", ABCD: "A", ABCDE: "A" };
const WORST_OPTION: Record<string, string> = { YA_TIDAK: "TIDAK", ABC: "C", ABCD: "D", ABCDE: "E" };

/** The answer worth 1: option A/YA, a ratio of n/n, a reduction from 1 to 0, survey index 4. */
export function bestAnswer(question: Question): AnswerValue {
  if (question.type === "SURVEY_INDEX") return 4;
  if (question.type === "PERCENT") return percentAnswer(question, "best");
  return BEST_OPTION[question.type] ?? "";
}

/** The answer worth 0: option D/E/C/TIDAK, a ratio of 0/n, a reduction from 1 to 1, survey index 0. */
export function worstAnswer(question: Question): AnswerValue {
  if (question.type === "SURVEY_INDEX") return 0;
  if (question.type === "PERCENT") return percentAnswer(question, "worst");
  return WORST_OPTION[question.type] ?? "";
}

function percentAnswer(question: Question, kind: "best" | "worst"): Record<string, number> {
  const formula = question.formula;
  const counts: Record<string, number> = {};
  for (const input of question.inputs ?? []) if (!input.unused) counts[input.key] = 0;
  if (formula?.kind === "ratio") {
    for (const key of formula.denominator) counts[key] = 1;
    const [first] = formula.numerator;
    if (first !== undefined) counts[first] = kind === "best" ? formula.denominator.length : 0;
  }
  if (formula?.kind === "reduction") {
    counts[formula.previous] = 1;
    counts[formula.current] = kind === "best" ? 0 : 1;
  }
  return counts;
}

export function answerAll(lke: LkeVersion, pick: (q: Question) => AnswerValue): Record<string, AnswerValue> {
  return Object.fromEntries(listQuestions(lke).map((q) => [q.code, pick(q)]));
}

/** Counts for a ratio question whose value is num/den with everything in one denominator input. */
export function lhkpn(num: number, den: number): Record<string, number> {
  return { jumlah_kepala_satuan_kerja: 0, jumlah_pejabat_wajib_lhkpn: den, jumlah_lainnya: 0, jumlah_sudah_melaporkan: num };
}
