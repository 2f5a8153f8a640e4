import { findQuestion } from "@/lib/lke/sections";
import { AREA_CODES, type AreaCode, type LkeVersion } from "@/lib/lke/schema";
import type { AssessmentState } from "@/lib/db/generated/enums";
import type { FailingCheck, StoredEvaluation, Target } from "@/lib/review/transitions/result";
import type { Eligibility } from "@/lib/eligibility/types";
import type { BothSummaries, GapRef, ScoreSummary } from "./score-summary";
import { type RowRegister, estimateTarget, rowEligibility } from "./row-eligibility";

// One unit of a period as the dashboards show it: both sides' numbers come from lib/scoring
// (summarised by score-summary.ts, usually read back from AssessmentScore) or from the TPI's
// evaluation stored at finalization; nothing here computes a score.

export type { ScoreSummary };

export type TpiSummary = ScoreSummary & {
  /** FINAL: the stored evaluation; REVIEW: live from the TPI's values so far (unreviewed count 0). */
  basis: "FINAL" | "REVIEW";
  answered: number;
  questions: number;
};
export type GapSummary = { code: string; text: string; gain: number; answered: boolean };
/** FINAL: the TPI's result (Tabel 6 and 5); TPI: Tabel 6 on the review so far; UNIT: the unit's own claim. */
export type ReadinessBasis = "FINAL" | "TPI" | "UNIT";

export type { RowRegister };

/** What the period's list, counts and readiness split need of a unit: one per unit of the period. */
export type ListRow = {
  assessmentId: string;
  unitId: string;
  unitName: string;
  unitCode: string;
  state: AssessmentState;
  /** The unit's own total (its claim). */
  unitTotal: number;
  /** The total readiness is judged on: the TPI's (final or so far) when there is one, else the unit's. */
  judgedTotal: number;
  /**
   * FINAL: what the TPI's evaluation says the unit may be proposed for (Tabel 6, Tabel 5 and the
   * route). Otherwise a perkiraan: Tabel 6 on the judged side, with "already holds WBK" and the
   * revocation lock from the predicate register.
   */
  target: Target | null;
  basis: ReadinessBasis;
  /** A revoked predicate bars any proposal before this day (PermenPAN-RB 90/2021 Lampiran II Bab IV C). */
  lockedUntil: string | null;
};

/** A unit as the dashboards show it in full (the units on screen). */
export type DashboardRow = ListRow & {
  unit: ScoreSummary;
  tpi: TpiSummary | null;
  /** The Tabel 6 checks that stop the next step: Menuju WBK when none is met, else Menuju WBBM. */
  failing: FailingCheck[];
  /** The Tabel 5 conditions not (yet) met for the next step, as labels with their state. */
  unmetPrerequisites: string[];
  /** Per target: the stored outcome (FINAL) or a perkiraan on the judged side and the portal's data. */
  eligibility: Eligibility;
  gaps: GapSummary[];
};

type Side = { total: number; predicate: Target | null };
export type JudgeInput = {
  state: AssessmentState;
  /** The stored evaluation's total and result (FINAL), else null. */
  evaluation: { total: number; result: Target | null } | null;
  /** Predicates scored as if WBK were held (score-summary SUMMARY_HOLDS_WBK). */
  unit: Side;
  tpi: Side & { answered: number };
  register: RowRegister;
};

/**
 * Which side a unit is judged on and what it may be proposed for: the TPI's final result, else
 * Tabel 6 on the TPI's values so far (once the unit has submitted and the TPI valued something),
 * else the unit's own claim. The list and the full row both decide with this.
 */
export function judge({ state, evaluation, unit, tpi, register }: JudgeInput): Pick<ListRow, "basis" | "target" | "judgedTotal" | "lockedUntil"> {
  const { lockedUntil } = register;
  if (evaluation) return { basis: "FINAL", target: evaluation.result, judgedTotal: evaluation.total, lockedUntil };
  if (state !== "DRAFT" && tpi.answered > 0) return { basis: "TPI", target: estimateTarget(tpi.predicate, register), judgedTotal: tpi.total, lockedUntil };
  return { basis: "UNIT", target: estimateTarget(unit.predicate, register), judgedTotal: unit.total, lockedUntil };
}

type AssessmentRef = { id: string; state: AssessmentState; unit: { id: string; name: string; code: string } };

export function buildListRow({ assessment, scores, evaluation, register }: { assessment: AssessmentRef; scores: Pick<JudgeInput, "unit" | "tpi">; evaluation: JudgeInput["evaluation"]; register: RowRegister }): ListRow {
  return {
    assessmentId: assessment.id,
    unitId: assessment.unit.id,
    unitName: assessment.unit.name,
    unitCode: assessment.unit.code,
    state: assessment.state,
    unitTotal: scores.unit.total,
    ...judge({ state: assessment.state, evaluation, ...scores, register }),
  };
}

export type RowInput = {
  assessment: AssessmentRef;
  /** lib/scoring's result for both sides, summarised (stored or just computed). */
  scores: BothSummaries;
  /** The parsed Assessment.evaluation of a FINAL assessment, else null. */
  evaluation: StoredEvaluation | null;
  /** The unit's facts for the proposal rule (lib/eligibility), the register included. */
  register: RowRegister;
};

export function summarizeEvaluation(evaluation: StoredEvaluation): ScoreSummary {
  const areas = Object.fromEntries(AREA_CODES.map((code) => [code, evaluation.areas[code] ?? 0])) as Record<AreaCode, number>;
  return { total: evaluation.total, areas, predicate: evaluation.predicate, failing: evaluation.failingChecks };
}

function tpiSummary({ assessment, scores, evaluation }: RowInput): TpiSummary | null {
  const { answered, questions } = scores.tpi;
  if (evaluation) return { ...summarizeEvaluation(evaluation), basis: "FINAL", answered, questions };
  if (assessment.state === "DRAFT" || answered === 0) return null;
  const { total, areas, predicate, failing } = scores.tpi;
  return { total, areas, predicate, failing, basis: "REVIEW", answered, questions };
}

/** The gaps of the side the readiness is judged on (the TPI's when it has scored), with their question text. */
function gapsOf(lke: LkeVersion, gaps: readonly GapRef[]): GapSummary[] {
  return gaps.map((g) => ({ ...g, text: findQuestion(lke, g.code)?.text ?? "" }));
}

/** Area code → area name, as the LKE names them (for legends and headers). */
export function areaNamesOf(lke: LkeVersion): Record<AreaCode, string> {
  const names = Object.fromEntries(AREA_CODES.map((code) => [code, code])) as Record<AreaCode, string>;
  for (const part of lke.components.flatMap((c) => c.parts)) for (const area of part.areas ?? []) names[area.area] = area.name;
  return names;
}

export function buildDashboardRow(lke: LkeVersion, input: RowInput): DashboardRow {
  const { assessment, scores, evaluation, register } = input;
  const { total, areas, predicate, failing } = scores.unit;
  const unit: ScoreSummary = { total, areas, predicate, failing };
  const tpi = tpiSummary(input);
  const list = buildListRow({ assessment, scores, evaluation: evaluation && { total: evaluation.total, result: evaluation.result }, register });
  const judgedSide = list.basis === "UNIT" ? scores.unit : scores.tpi;
  const outcome = rowEligibility({ evaluation, side: judgedSide, register });
  return {
    ...list,
    unit,
    tpi,
    ...outcome,
    gaps: gapsOf(lke, (tpi ? scores.tpi : scores.unit).gaps),
  };
}
