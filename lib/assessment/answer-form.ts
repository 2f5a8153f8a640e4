import { z } from "zod";
import type { Question } from "@/lib/lke/schema";
import type { AnswerValue } from "@/lib/scoring/answers";
import { SaveKeyFields } from "./save-key";

// One question's form: what the inputs hold (strings, as typed) and the answer they mean.
// The browser validates with this schema (zodResolver); the server receives the answer it
// produces and checks it again against the LKE version (parseAnswers) before saving.

export type AnswerFormValues = { choice: string; counts: Record<string, string>; index: string; note: string };
export type AnswerPayload = { value: AnswerValue | null; note: string | null };

export const NOTE_MAX = 2000;

const COUNT = /^\d{1,9}$/;
// Indonesian writes decimals with a comma: "3,45".
const INDEX = /^\d(?:[.,]\d{1,2})?$/;

export function answerFormSchema(question: Question): z.ZodType<AnswerPayload, AnswerFormValues> {
  const note = z.string().max(NOTE_MAX, `Catatan maksimal ${NOTE_MAX} karakter`);
  return z
    .object({ choice: z.string(), counts: z.record(z.string(), z.string()), index: z.string(), note })
    .superRefine((form, ctx) => {
      if (question.type === "PERCENT") {
        const filled = requiredInputs(question).filter((key) => (form.counts[key] ?? "").trim() !== "");
        for (const [key, raw] of Object.entries(form.counts)) {
          if (raw.trim() !== "" && !COUNT.test(raw.trim())) ctx.addIssue({ code: "custom", path: ["counts", key], message: "Isi bilangan bulat 0 atau lebih" });
        }
        if (filled.length > 0 && filled.length < requiredInputs(question).length) {
          for (const key of requiredInputs(question).filter((k) => !filled.includes(k))) {
            ctx.addIssue({ code: "custom", path: ["counts", key], message: "Lengkapi isian ini agar persentase dapat dihitung" });
          }
        }
      }
      if (question.type === "SURVEY_INDEX" && form.index.trim() !== "") {
        const value = Number(form.index.trim().replace(",", "."));
        if (!INDEX.test(form.index.trim()) || value > (question.scaleMax ?? 4)) {
          ctx.addIssue({ code: "custom", path: ["index"], message: `Isi indeks 0 sampai ${question.scaleMax ?? 4}, paling banyak dua desimal (mis. 3,45)` });
        }
      }
    })
    .transform((form) => ({ value: toAnswer(question, form), note: form.note.trim() === "" ? null : form.note.trim() }));
}

function requiredInputs(question: Question): string[] {
  return (question.inputs ?? []).filter((i) => !i.unused).map((i) => i.key);
}

function toAnswer(question: Question, form: AnswerFormValues): AnswerValue | null {
  if (question.type === "PERCENT") {
    const entries = Object.entries(form.counts).filter(([, raw]) => raw.trim() !== "");
    if (!requiredInputs(question).every((key) => entries.some(([k]) => k === key))) return null;
    return Object.fromEntries(entries.map(([key, raw]) => [key, Number(raw.trim())]));
  }
  if (question.type === "SURVEY_INDEX") return form.index.trim() === "" ? null : Number(form.index.trim().replace(",", "."));
  return form.choice === "" ? null : form.choice;
}

/** The form's starting values for a stored answer. */
export function toFormValues(question: Question, value: unknown, note: string | null): AnswerFormValues {
  const counts: Record<string, string> = {};
  for (const input of question.inputs ?? []) {
    const raw = value && typeof value === "object" ? (value as Record<string, unknown>)[input.key] : undefined;
    counts[input.key] = typeof raw === "number" ? String(raw) : "";
  }
  return {
    choice: typeof value === "string" ? value : "",
    counts,
    index: typeof value === "number" ? String(value).replace(".", ",") : "",
    note: note ?? "",
  };
}

export const SaveAnswerSchema = z.object({
  assessmentId: z.uuid(),
  questionCode: z.string().min(1).max(64),
  value: z.unknown(),
  note: z.string().max(NOTE_MAX, `Catatan maksimal ${NOTE_MAX} karakter`).nullable(),
  expectedVersion: z.number().int().min(0),
  ...SaveKeyFields,
});
export type SaveAnswerInput = z.infer<typeof SaveAnswerSchema>;
