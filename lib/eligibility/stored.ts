import { z } from "zod";
import { GRADES, OPINI_BPK, SERVICE_CATEGORIES, type Eligibility, type Target, type TargetEligibility } from "./types";

// The proposal rule's outcome and the inputs it was decided on, as finalize stores them in
// Assessment.evaluation (the LHE, the unit page and the dashboards read them back). Parsed again
// when read, so a stored shape that does not match is treated as absent, never trusted.

const IsoDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const StateSchema = z.enum(["MET", "UNMET", "MISSING"]);

const ConditionSchema = z.object({
  level: z.enum(["INSTANSI", "UNIT"]),
  condition: z.enum(["opiniBpk", "sakip", "indeksRb", "spip", "coreService", "significantImpact", "followUp", "lhkpnLhkasn", "ziOneYear", "sakipInternal"]),
  state: StateSchema,
  actual: z.string(),
  required: z.string(),
});

export const TargetEligibilitySchema = z.object({
  eligible: z.boolean(),
  route: z.enum(["REGULER", "AFIRMASI"]).nullable(),
  tabel6: z.array(z.string()),
  conditions: z.array(ConditionSchema),
  lockedUntil: IsoDateSchema.nullable(),
}) satisfies z.ZodType<TargetEligibility, unknown>;

export const EligibilitySchema = z.object({ WBK: TargetEligibilitySchema, WBBM: TargetEligibilitySchema }) satisfies z.ZodType<Eligibility, unknown>;

/** The ketua tim's judgement of the Tabel 5 items only a person can judge (null: leave the admin's data). */
export const ConfirmationsSchema = z.object({
  coreService: z.boolean().nullable(),
  significantImpact: z.boolean().nullable(),
});
export type Confirmations = z.infer<typeof ConfirmationsSchema>;
export const NO_CONFIRMATIONS: Confirmations = { coreService: null, significantImpact: null };

const GradeSchema = z.enum(GRADES).nullable();
/** The facts the rule was given, frozen at finalization. */
export const EligibilityInputsSchema = z.object({
  asOf: IsoDateSchema,
  instansi: z.object({ kind: z.enum(["PEMDA", "KL"]), opiniBpk: z.enum(OPINI_BPK).nullable(), sakip: GradeSchema, indeksRb: GradeSchema, spipLevel: z.number().int().nullable() }),
  unit: z.object({
    serviceCategory: z.enum(SERVICE_CATEGORIES),
    coreService: z.boolean().nullable(),
    significantImpact: z.boolean().nullable(),
    followUpPercent: z.number().nullable(),
    sakipInternal: GradeSchema,
    ziSinceWbk: IsoDateSchema.nullable(),
    ziSinceWbbm: IsoDateSchema.nullable(),
    predicates: z.array(z.object({ year: z.number().int(), predicate: z.enum(["WBK", "WBBM"]), source: z.enum(["TPN", "MANDIRI"]), revokedOn: IsoDateSchema.nullable() })),
  }),
  lhkpnLhkasn: StateSchema,
  confirmations: ConfirmationsSchema,
});
export type EligibilityInputs = z.infer<typeof EligibilityInputsSchema>;

/** What a unit may be proposed for: Menuju WBBM when eligible, else Menuju WBK, else nothing. */
export function bestTarget(eligibility: Eligibility): Target | null {
  if (eligibility.WBBM.eligible) return "WBBM";
  if (eligibility.WBK.eligible) return "WBK";
  return null;
}
