import { z } from "zod";
import { EligibilityInputsSchema, EligibilitySchema } from "@/lib/eligibility/stored";
import { PrerequisitesSchema, type Prerequisites } from "./schemas";

// The finalized result, as stored in Assessment.evaluation and shown on the review and unit
// pages. Pure: the finalize form's preview uses the same rule as the server.

export type Target = "WBK" | "WBBM";
/** The ketua's ticks of evaluations finalized before the 2024 rule (lib/eligibility/of-evaluation reads them). */
export type PrerequisiteKey = keyof Prerequisites;

export const RESULT_LABELS: Record<Target, string> = { WBK: "Menuju WBK", WBBM: "Menuju WBBM" };

export const TargetSchema = z.enum(["WBK", "WBBM"]);
export const FailingCheckSchema = z.object({ rule: z.string(), label: z.string(), actual: z.union([z.number(), z.boolean()]), required: z.union([z.number(), z.boolean()]) });
const PrerequisiteKeySchema = PrerequisitesSchema.keyof();

/**
 * What finalize stores in Assessment.evaluation; parsed again when read back. Since the 2024 rule
 * (issue 10) it carries the eligibility outcome and its inputs; evaluations finalized before keep
 * the ketua's five ticks (unmetPrerequisites) and no eligibility.
 */
export const StoredEvaluationSchema = z.object({
  total: z.number(),
  pengungkit: z.number(),
  hasil: z.number(),
  areas: z.record(z.string(), z.number()),
  /** Tabel 6 alone (lib/scoring's predicate). */
  predicate: TargetSchema.nullable(),
  /** Tabel 6 and Tabel 5 together: what the unit may be proposed for. */
  result: TargetSchema.nullable(),
  holdsWbk: z.boolean(),
  failingChecks: z.object({ WBK: z.array(FailingCheckSchema), WBBM: z.array(FailingCheckSchema) }),
  /** Before the 2024 rule only: the ticks the ketua did not set. */
  unmetPrerequisites: z.object({ WBK: z.array(PrerequisiteKeySchema), WBBM: z.array(PrerequisiteKeySchema) }).optional(),
  eligibility: EligibilitySchema.optional(),
  eligibilityInputs: EligibilityInputsSchema.optional(),
});
export type FailingCheck = z.infer<typeof FailingCheckSchema>;
export type StoredEvaluation = z.infer<typeof StoredEvaluationSchema>;
