import { judge } from "@/lib/dashboard/rows";
import { registerOf } from "@/lib/dashboard/row-eligibility";
import type { AssessmentState } from "@/lib/db/generated/enums";
import { decideFor, type UnitEligibilityFacts } from "@/lib/eligibility/judge";
import { lhkpnLhkasnState } from "@/lib/eligibility/lhkpn-lhkasn";
import { eligibilityOfEvaluation } from "@/lib/eligibility/of-evaluation";
import { NO_CONFIRMATIONS } from "@/lib/eligibility/stored";
import type { Eligibility } from "@/lib/eligibility/types";
import { formatNumber } from "@/lib/format";
import type { LkeVersion } from "@/lib/lke/schema";
import type { BothScores } from "@/lib/review/score-both";
import type { FinalResult } from "@/lib/review/transitions/queries";
import { RESULT_LABELS, type Target } from "@/lib/review/transitions/result";
import type { Predicate, ScoreResult } from "@/lib/scoring/score-types";

// The result an export reports for one assessment, read from lib/scoring: for a FINAL assessment
// the result stored at finalization (Tabel 6, Tabel 5 and the route); before that a perkiraan on
// the TPI's values once the review has begun (lib/dashboard's judge), else on the unit's own
// values, decided by the same proposal rule with the portal's data.

export type ResultCheck = { label: string; actual: string; required: string };
export type ResultSummary = {
  basis: "final" | "tpi" | "unit";
  /** The score the predicate and the area percentages are read from. */
  score: ScoreResult;
  predicate: Predicate;
  /** The next target and the Tabel 6 rules still missing for it (WBK when none, WBBM after WBK). */
  target: Target | null;
  failing: ResultCheck[];
  /** Per target: may the unit be proposed, by which route, and why not. */
  eligibility: Eligibility;
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

type SummarizeInput = { assessment: { state: AssessmentState }; lke: LkeVersion; scores: BothScores; final: FinalResult | null; facts: UnitEligibilityFacts };

/** `scores` are scored with "already holds WBK" from the register (loadAssessmentExport). */
export function summarizeResult({ assessment, lke, scores, final, facts }: SummarizeInput): ResultSummary {
  if (final) {
    const { result, failingChecks } = final.evaluation;
    const target = nextTarget(result);
    return { basis: "final", score: scores.tpi, predicate: result, target, failing: target ? failingChecks[target].map(check) : [], eligibility: eligibilityOfEvaluation(final.evaluation) };
  }
  // The same rule as the dashboard's: a DRAFT is the unit's own claim even if it carries TPI values.
  const register = registerOf(facts);
  const judged = judge({ state: assessment.state, evaluation: null, unit: scores.unit, tpi: { ...scores.tpi, answered: scores.tpi.completeness.answered }, register });
  const basis = judged.basis === "TPI" ? "tpi" : "unit";
  const score = basis === "tpi" ? scores.tpi : scores.unit;
  const target = nextTarget(judged.target);
  const { eligibility } = decideFor({ facts, confirmations: NO_CONFIRMATIONS, lhkpnLhkasn: lhkpnLhkasnState({ lke, score }), checks: score.checks });
  return { basis, score, predicate: judged.target, target, failing: target ? score.checks[target].filter((c) => !c.pass).map(check) : [], eligibility };
}
