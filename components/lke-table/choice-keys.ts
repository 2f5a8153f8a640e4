import type { Question } from "@/lib/lke/schema";

// Answering from the keyboard in the LKE table: Y/T for Ya/Tidak, A–E for the options, or the
// option's position 1–5. Only choice questions; counts and indices are typed in the row's details.

export function choiceForKey(question: Question, key: string): string | null {
  const options = question.options ?? [];
  if (options.length === 0) return null;
  const k = key.toLowerCase();
  if (/^[1-9]$/.test(k)) return options[Number(k) - 1]?.code ?? null;
  if (question.type === "YA_TIDAK") return k === "y" ? "YA" : k === "t" ? "TIDAK" : null;
  return options.find((o) => o.code.toLowerCase() === k)?.code ?? null;
}

/** What the row's hint says about its keys. */
export function keyHint(question: Question): string {
  if (question.type === "YA_TIDAK") return "Y atau T";
  const codes = (question.options ?? []).map((o) => o.code);
  return codes.length > 0 ? `${codes[0]}–${codes[codes.length - 1]}` : "Enter untuk mengisi";
}

export function optionLabel(code: string): string {
  return code === "YA" ? "Ya" : code === "TIDAK" ? "Tidak" : code;
}
