import { findQuestion } from "@/lib/lke/sections";
import { AREA_CODES, type AreaCode, type LkeVersion } from "@/lib/lke/schema";
import type { AssessmentState } from "@/lib/db/generated/enums";
import { PREREQUISITE_LABELS, type FailingCheck, type StoredEvaluation, type Target } from "@/lib/review/transitions/result";
import type { BothSummaries, GapRef, ScoreSummary } from "./score-summary";

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
  target: Target | null;
  basis: ReadinessBasis;
};

/** A unit as the dashboards show it in full (the units on screen). */
export type DashboardRow = ListRow & {
  unit: ScoreSummary;
  tpi: TpiSummary | null;
  /** The Tabel 6 checks that stop the next step: Menuju WBK when none is met, else Menuju WBBM. */
  failing: FailingCheck[];
  /** Tabel 5 prerequisites the TPI did not confirm (FINAL only), as labels. */
  unmetPrerequisites: string[];
  gaps: GapSummary[];
};

type Side = { total: number; predicate: Target | null };
export type JudgeInput = {
  state: AssessmentState;
  /** The stored evaluation's total and result (FINAL), else null. */
  evaluation: { total: number; result: Target | null } | null;
  unit: Side;
  tpi: Side & { answered: number };
};

/**
 * Which side a unit is judged on and what it may be proposed for: the TPI's final result, else
 * Tabel 6 on the TPI's values so far (once the unit has submitted and the TPI valued something),
 * else the unit's own claim. The list and the full row both decide with this.
 */
export function judge({ state, evaluation, unit, tpi }: JudgeInput): Pick<ListRow, "basis" | "target" | "judgedTotal"> {
  if (evaluation) return { basis: "FINAL", target: evaluation.result, judgedTotal: evaluation.total };
  if (state !== "DRAFT" && tpi.answered > 0) return { basis: "TPI", target: tpi.predicate, judgedTotal: tpi.total };
  return { basis: "UNIT", target: unit.predicate, judgedTotal: unit.total };
}

type AssessmentRef = { id: string; state: AssessmentState; unit: { id: string; name: string; code: string } };

export function buildListRow({ assessment, scores, evaluation }: { assessment: AssessmentRef; scores: Omit<JudgeInput, "state" | "evaluation">; evaluation: JudgeInput["evaluation"] }): ListRow {
  return {
    assessmentId: assessment.id,
    unitId: assessment.unit.id,
    unitName: assessment.unit.name,
    unitCode: assessment.unit.code,
    state: assessment.state,
    unitTotal: scores.unit.total,
    ...judge({ state: assessment.state, evaluation, ...scores }),
  };
}

export type RowInput = {
  assessment: AssessmentRef;
  /** lib/scoring's result for both sides, summarised (stored or just computed). */
  scores: BothSummaries;
  /** The parsed Assessment.evaluation of a FINAL assessment, else null. */
  evaluation: StoredEvaluation | null;
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
  const { assessment, scores, evaluation } = input;
  const { total, areas, predicate, failing } = scores.unit;
  const unit: ScoreSummary = { total, areas, predicate, failing };
  const tpi = tpiSummary(input);
  const list = buildListRow({ assessment, scores, evaluation: evaluation && { total: evaluation.total, result: evaluation.result } });
  const judged = tpi ?? unit;
  const next: Target = list.target === null ? "WBK" : "WBBM";
  const unmet = evaluation && list.target !== "WBBM" ? evaluation.unmetPrerequisites[next] : [];
  return {
    ...list,
    unit,
    tpi,
    failing: list.target === "WBBM" ? [] : judged.failing[next],
    unmetPrerequisites: unmet.map((key) => PREREQUISITE_LABELS[key]),
    gaps: gapsOf(lke, (tpi ? scores.tpi : scores.unit).gaps),
  };
}
