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

export type DashboardRow = {
  assessmentId: string;
  unitId: string;
  unitName: string;
  unitCode: string;
  state: AssessmentState;
  unit: ScoreSummary;
  tpi: TpiSummary | null;
  target: Target | null;
  basis: ReadinessBasis;
  /** The Tabel 6 checks that stop the next step: Menuju WBK when none is met, else Menuju WBBM. */
  failing: FailingCheck[];
  /** Tabel 5 prerequisites the TPI did not confirm (FINAL only), as labels. */
  unmetPrerequisites: string[];
  gaps: GapSummary[];
};

export type RowInput = {
  assessment: { id: string; state: AssessmentState; unit: { id: string; name: string; code: string } };
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
  const basis: ReadinessBasis = evaluation ? "FINAL" : tpi ? "TPI" : "UNIT";
  const judged = tpi ?? unit;
  const target = evaluation ? evaluation.result : judged.predicate;
  const next: Target = target === null ? "WBK" : "WBBM";
  const unmet = evaluation && target !== "WBBM" ? evaluation.unmetPrerequisites[next] : [];
  return {
    assessmentId: assessment.id,
    unitId: assessment.unit.id,
    unitName: assessment.unit.name,
    unitCode: assessment.unit.code,
    state: assessment.state,
    unit,
    tpi,
    target,
    basis,
    failing: target === "WBBM" ? [] : judged.failing[next],
    unmetPrerequisites: unmet.map((key) => PREREQUISITE_LABELS[key]),
    gaps: gapsOf(lke, (tpi ? scores.tpi : scores.unit).gaps),
  };
}
