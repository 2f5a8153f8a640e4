import { formatNumber } from "@/lib/format";
import type { Question } from "@/lib/lke/schema";
import { describeAnswer } from "@/lib/review/describe-answer";
import { NO_VALUE } from "./content-types";

const CHOICES: Record<string, string> = { YA: "Ya", TIDAK: "Tidak" };

/**
 * A stored answer in one short cell: "Ya", "B", "3,25", "Jumlah pegawai: 40; …"; NO_VALUE when
 * there is none (an unanswered TPI value is "–", never 0).
 */
export function answerText(question: Question | undefined, value: unknown): string {
  if (value === null || value === undefined) return NO_VALUE;
  if (typeof value === "string") return CHOICES[value] ?? value;
  if (typeof value === "number") return formatNumber(value);
  if (!question) return NO_VALUE;
  const lines = describeAnswer(question, value);
  return lines.length === 0 ? NO_VALUE : lines.map((l) => `${l.label}: ${l.text}`).join("; ");
}
