import { z } from "zod";
import { NOTE_MAX } from "@/lib/assessment/answer-form";
import { SaveKeyFields } from "@/lib/assessment/save-key";
import { SECTION_KEYS } from "@/lib/lke/sections";

// Inputs of the TPI's writes; shared by the actions and the tests.

export const SaveTpiAnswerSchema = z.object({
  assessmentId: z.uuid(),
  questionCode: z.string().min(1).max(64),
  value: z.unknown(),
  note: z.string().max(NOTE_MAX, `Catatan maksimal ${NOTE_MAX} karakter`).nullable(),
  flag: z.boolean(),
  expectedVersion: z.number().int().min(0),
  ...SaveKeyFields,
});
export type SaveTpiAnswerInput = z.infer<typeof SaveTpiAnswerSchema>;

/** "Terima jawaban unit" for one indicator or one whole area page. */
export const AcceptUnitAnswersSchema = z.discriminatedUnion("scope", [
  z.object({ assessmentId: z.uuid(), scope: z.literal("indicator"), key: z.string().min(1).max(64) }),
  z.object({ assessmentId: z.uuid(), scope: z.literal("section"), key: z.enum(SECTION_KEYS) }),
]);
export type AcceptUnitAnswersInput = z.infer<typeof AcceptUnitAnswersSchema>;
