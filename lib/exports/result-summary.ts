import { judge } from "@/lib/dashboard/rows";
import type { AssessmentState } from "@/lib/db/generated/enums";
import { formatNumber } from "@/lib/format";
import type { BothScores } from "@/lib/review/score-both";
import type { FinalResult } from "@/lib/review/transitions/queries";
import { PREREQUISITE_LABELS, RESULT_LABELS, type Target } from "@/lib/review/transitions/result";
import type { Predicate, ScoreResult } from "@/lib/scoring/score-types";

// The result an export reports for one assessment, read from lib/scoring: for a FINAL assessment
// the result stored at finalization (Tabel 6 and Tabel 5); before that the Tabel 6 predicate of
// the TPI's values once the review has begun (lib/dashboard's judge), else of the unit's own values.

export type ResultCheck = { label: string; actual: string; required: string };
export type ResultSummary = {
  basis: "final" | "tpi" | "unit";
  /** The score the predicate and the area percentages are read from. */
  score: ScoreResult;
  predicate: Predicate;
  /** The next target and what is still missing for it (WBK when none, WBBM after WBK). */
  target: Target | null;
  failing: ResultCheck[];
  unmetPrerequisites: string[];
};

export const BASIS_LABELS: Record<ResultSummary["basis"], string> = {
  final: "Hasil evaluasi TPI (final)",
  tpi: "Hasil sementara menurut nilai TPI (belum final)",
  unit: "Hasil sementara menurut penilaian mandiri unit (belum direviu TPI)",
};

export const formatCheckValue = (v: number | boolean): string => (typeof v === "boolean" ? (v ? "Ya" : "Tidak") : formatNumber(v));
export const predicateLabel = (p: Predicate): string => (p ? RESULT_LABELS[p] : "Belum memenuhi syarat Menuju WBK");
const nextTarget = (p: Predicate): Target | null => (p === null ? "WBK" : p === "WBK" ? "WBBM" : null);
const check = (c: { label: string; actual: number | boolean; required: number | boolean }): ResultCheck => ({ label: c.label, actual: formatCheckValue(c.actual), required: formatCheckValue(c.required) });

export function summarizeResult({ assessment, scores, final }: { assessment: { state: AssessmentState }; scores: BothScores; final: FinalResult | null }): ResultSummary {
  if (final) {
    const { result, failingChecks, unmetPrerequisites } = final.evaluation;
    const target = nextTarget(result);
    return {
      basis: "final", score: scores.tpi, predicate: result, target,
      failing: target ? failingChecks[target].map(check) : [],
      unmetPrerequisites: target ? unmetPrerequisites[target].map((k) => PREREQUISITE_LABELS[k]) : [],
    };
  }
  // The same rule as the dashboard's: a DRAFT is the unit's own claim even if it carries TPI values.
  const judged = judge({ state: assessment.state, evaluation: null, unit: scores.unit, tpi: { ...scores.tpi, answered: scores.tpi.completeness.answered } });
  const basis = judged.basis === "TPI" ? "tpi" : "unit";
  const score = basis === "tpi" ? scores.tpi : scores.unit;
  const target = nextTarget(score.predicate);
  return {
    basis, score, predicate: score.predicate, target,
    failing: target ? score.checks[target].filter((c) => !c.pass).map(check) : [],
    unmetPrerequisites: [],
  };
}
