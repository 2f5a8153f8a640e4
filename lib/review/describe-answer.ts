import type { Question } from "@/lib/lke/schema";

export type AnswerLine = { label: string; text: string };

const CHOICE_LABELS: Record<string, string> = { YA: "Ya", TIDAK: "Tidak" };

/**
 * A stored answer as the reviewer reads it: the option with its text (not only its code), each
 * count of a percentage with its label, or the survey index with a decimal comma. Empty: [].
 */
export function describeAnswer(question: Question, value: unknown): AnswerLine[] {
  if (value === null || value === undefined) return [];
  if (question.type === "PERCENT" && typeof value === "object") {
    const counts = value as Record<string, unknown>;
    return (question.inputs ?? [])
      .filter((input) => typeof counts[input.key] === "number")
      .map((input) => ({ label: `${input.group ? `${input.group} — ` : ""}${input.label}`, text: String(counts[input.key]) }));
  }
  if (question.type === "SURVEY_INDEX" && typeof value === "number") {
    return [{ label: "Indeks", text: String(value).replace(".", ",") }];
  }
  if (typeof value === "string") {
    const option = (question.options ?? []).find((o) => o.code === value);
    return [{ label: CHOICE_LABELS[value] ?? value, text: option?.text ?? "" }];
  }
  return [{ label: "Nilai", text: JSON.stringify(value) }];
}

/** One line, for the conflict notice. */
export function describeAnswerInline(question: Question, value: unknown): string {
  const lines = describeAnswer(question, value);
  if (lines.length === 0) return "(kosong)";
  return lines.map((l) => (l.text ? `${l.label}: ${l.text}` : l.label)).join("; ");
}
