// The proposal rule's vocabulary (PermenPAN-RB 90/2021 as amended by 5/2024): who may be proposed
// to TPN for Menuju WBK / Menuju WBBM. Pure data types shared by the rule (lib/eligibility),
// the command line (npm run score), finalize, the dashboards and the LHE.
import type { Check } from "@/lib/scoring/tabel6-checks";

export type Target = "WBK" | "WBBM";
export const TARGETS: readonly Target[] = ["WBK", "WBBM"];

/** SAKIP and Indeks RB grades, best first. */
export const GRADES = ["AA", "A", "BB", "B", "CC", "C", "D"] as const;
export type Grade = (typeof GRADES)[number];

export const OPINI_BPK = ["WTP", "WDP", "TW", "TMP"] as const;
export type OpiniBpk = (typeof OPINI_BPK)[number];

/** PermenPAN-RB 5/2024 page 5, a–f, and LAINNYA for every other unit. */
export const SERVICE_CATEGORIES = ["RSUD", "DUKCAPIL", "SAMSAT", "PTSP", "PENDIDIKAN", "KETENAGAKERJAAN", "LAINNYA"] as const;
export type ServiceCategory = (typeof SERVICE_CATEGORIES)[number];

export type InstansiKindGroup = "PEMDA" | "KL";

/** A calendar day, "YYYY-MM-DD" (no time, no zone). */
export type IsoDate = string;

export type InstansiFacts = {
  kind: InstansiKindGroup;
  opiniBpk: OpiniBpk | null;
  sakip: Grade | null;
  indeksRb: Grade | null;
  spipLevel: number | null;
};

export type PredicateRecord = {
  year: number;
  predicate: Target;
  source: "TPN" | "MANDIRI";
  revokedOn: IsoDate | null;
};

export type UnitFacts = {
  serviceCategory: ServiceCategory;
  coreService: boolean | null;
  significantImpact: boolean | null;
  /** 0–100 */
  followUpPercent: number | null;
  sakipInternal: Grade | null;
  ziSinceWbk: IsoDate | null;
  ziSinceWbbm: IsoDate | null;
  predicates: PredicateRecord[];
};

export type ConditionKey =
  | "opiniBpk" | "sakip" | "indeksRb" | "spip"
  | "coreService" | "significantImpact" | "followUp" | "lhkpnLhkasn" | "ziOneYear" | "sakipInternal";

export type ConditionLevel = "INSTANSI" | "UNIT";
export type ConditionState = "MET" | "UNMET" | "MISSING";

export type ConditionOutcome = {
  level: ConditionLevel;
  condition: ConditionKey;
  state: ConditionState;
  /** What the data says, in Bahasa Indonesia ("B", "98,5%", "belum diisi"). */
  actual: string;
  /** What Tabel 5 asks ("minimal B"). */
  required: string;
};

export type Route = "REGULER" | "AFIRMASI";

export type TargetEligibility = {
  eligible: boolean;
  route: Route | null;
  /** The Tabel 6 rules not met (lib/scoring's check keys, area rules as "areaMinPercent:MP"). */
  tabel6: string[];
  /** Every Tabel 5 condition, met or not, in Tabel 5's order. */
  conditions: ConditionOutcome[];
  /** Revocation lock: no proposal before this day (PermenPAN-RB 90/2021 Lampiran II Bab IV C, pages 63–64). */
  lockedUntil: IsoDate | null;
};

export type Eligibility = Record<Target, TargetEligibility>;

/** What the rule is decided on, apart from the LKE: the CLI's `eligibility` object (schemas.ts). */
export type EligibilityFacts = {
  /** The proposal date: Tabel 5 is judged, and a predicate held or a lock running, on this day. */
  asOf: IsoDate;
  instansi: InstansiFacts;
  unit: UnitFacts;
};

export type EligibilityInput = EligibilityFacts & {
  /** From the evaluated LKE answers (lhkpnLhkasnState), never from a tick. */
  lhkpnLhkasn: ConditionState;
  /** scoreAssessment's checks, scored with holdsWbk = holdsWbkOn(unit.predicates, asOf). */
  checks: { WBK: Check[]; WBBM: Check[] };
};
