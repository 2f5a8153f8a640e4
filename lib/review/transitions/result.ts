import { z } from "zod";
import { EligibilityInputsSchema, EligibilitySchema } from "@/lib/eligibility/stored";
import { type Prerequisites, PrerequisitesSchema } from "./schemas";

// The finalized result, as stored in Assessment.evaluation and shown on the review and unit
// pages. Pure: the finalize form's preview uses the same rule as the server.

export type Target = "WBK" | "WBBM";
export type PrerequisiteKey = keyof Prerequisites;

export const PREREQUISITE_LABELS: Record<PrerequisiteKey, string> = {
  tindakLanjutTemuan: "Tindak lanjut temuan APIP/BPK 100%",
  lhkpnLhkasn: "Kepatuhan LHKPN dan LHKASN 100%",
  sakipMinB: "Nilai SAKIP unit minimal B",
  sakipMinBB: "Nilai SAKIP unit minimal BB",
  ziMinimalSatuTahun: "Zona Integritas sudah dibangun minimal 1 tahun",
};

/** Tabel 5 per target: WBK needs SAKIP ≥ B, WBBM ≥ BB; the rest apply to both. */
const REQUIRED: Record<Target, PrerequisiteKey[]> = {
  WBK: ["tindakLanjutTemuan", "lhkpnLhkasn", "sakipMinB", "ziMinimalSatuTahun"],
  WBBM: ["tindakLanjutTemuan", "lhkpnLhkasn", "sakipMinBB", "ziMinimalSatuTahun"],
};

export function unmetPrerequisites(target: Target, prerequisites: Prerequisites): PrerequisiteKey[] {
  return REQUIRED[target].filter((key) => !prerequisites[key]);
}

/**
 * Menuju WBBM when its Tabel 6 rules (including already holding WBK) and Tabel 5 prerequisites
 * are all met, else Menuju WBK likewise, else neither.
 */
export function decideResult({ tabel6Pass, prerequisites }: { tabel6Pass: Record<Target, boolean>; prerequisites: Prerequisites }): Target | null {
  if (tabel6Pass.WBBM && unmetPrerequisites("WBBM", prerequisites).length === 0) return "WBBM";
  if (tabel6Pass.WBK && unmetPrerequisites("WBK", prerequisites).length === 0) return "WBK";
  return null;
}

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
