import type { LkeVersion } from "@/lib/lke/schema";
import { questionCodesOf } from "@/lib/assessment/lke-of";
import type { Answers } from "@/lib/scoring/answers";
import { scoreAssessment } from "@/lib/scoring/score-assessment";
import type { ScoreResult } from "@/lib/scoring/score-types";

/** One stored answer row as the review reads it: the unit's side and the TPI's side. */
export type BothSidesAnswer = { questionCode: string; unitValue: unknown; tpiValue: unknown };

export type BothScores = { unit: ScoreResult; tpi: ScoreResult };

/**
 * The unit's self-assessment and the TPI's evaluation, each scored by lib/scoring. Stored
 * values were validated when saved; a value of a question the LKE no longer has is left out.
 * An unanswered TPI question counts 0, so the TPI total grows as the review goes on.
 */
export function scoreBothSides({ lke, answers, holdsWbk = false }: { lke: LkeVersion; answers: Iterable<BothSidesAnswer>; holdsWbk?: boolean }): BothScores {
  const known = questionCodesOf(lke);
  const unit: Record<string, Answers[string]> = {};
  const tpi: Record<string, Answers[string]> = {};
  for (const answer of answers) {
    if (!known.has(answer.questionCode)) continue;
    if (answer.unitValue !== null && answer.unitValue !== undefined) unit[answer.questionCode] = answer.unitValue as Answers[string];
    if (answer.tpiValue !== null && answer.tpiValue !== undefined) tpi[answer.questionCode] = answer.tpiValue as Answers[string];
  }
  return { unit: scoreAssessment({ lke, answers: unit, holdsWbk }), tpi: scoreAssessment({ lke, answers: tpi, holdsWbk }) };
}

/** How many questions of the LKE the TPI has not given a value yet. */
export function countUnreviewed(tpi: ScoreResult): number {
  return tpi.completeness.total - tpi.completeness.answered;
}

/** The same from answers already grouped per side (the dashboard loads them that way). */
export function scoreBothMaps({ lke, unit, tpi, holdsWbk = false }: { lke: LkeVersion; unit: Record<string, unknown>; tpi: Record<string, unknown>; holdsWbk?: boolean }): BothScores {
  const known = questionCodesOf(lke);
  const pick = (side: Record<string, unknown>) => {
    const answers: Record<string, Answers[string]> = {};
    for (const [code, value] of Object.entries(side)) if (known.has(code) && value !== null) answers[code] = value as Answers[string];
    return answers;
  };
  return { unit: scoreAssessment({ lke, answers: pick(unit), holdsWbk }), tpi: scoreAssessment({ lke, answers: pick(tpi), holdsWbk }) };
}
