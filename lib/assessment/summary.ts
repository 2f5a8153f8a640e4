import "server-only";
import type { Db } from "@/lib/db/create-client";
import type { LkeVersion } from "@/lib/lke/schema";
import { scoreAssessment } from "@/lib/scoring/score-assessment";
import type { ScoreResult } from "@/lib/scoring/score-types";
import { listAnswers, toScoringAnswers } from "./answers";
import { questionCodesOf } from "./lke-of";
import { holdsWbkFor } from "@/lib/eligibility/unit-facts";

/** The unit's live score: every screen that shows one calls lib/scoring through here. */
export async function scoreUnitAnswers({ db, lke, assessment }: { db: Db; lke: LkeVersion; assessment: { id: string; unitId: string; period: { id: string } } }): Promise<ScoreResult> {
  const [answers, holdsWbk] = await Promise.all([listAnswers({ db, assessmentId: assessment.id }), holdsWbkFor({ db, unitId: assessment.unitId, periodId: assessment.period.id })]);
  return scoreAssessment({ lke, answers: toScoringAnswers(answers, questionCodesOf(lke)), holdsWbk });
}

/** What the area page's header shows after every save. */
export type LiveSummary = {
  total: number;
  predicate: ScoreResult["predicate"];
  answered: number;
  questions: number;
  sectionPercent: number | null;
  /** The value (0–1) of the question just saved, as lib/scoring computes it. */
  questionValue: number | null;
  /** Every indicator's value, so that indicator headings and table subtotals follow each save. */
  indicators: Record<string, number>;
  /** Every area's percent (0–100), for the subtotals of the whole-LKE table. */
  areaPercents: Record<string, number>;
};

export function toLiveSummary(result: ScoreResult, area: keyof ScoreResult["areas"] | null, questionCode?: string): LiveSummary {
  const question = questionCode ? result.questions.find((q) => q.code === questionCode) : undefined;
  return {
    questionValue: question?.answered ? question.value : null,
    total: result.total,
    predicate: result.predicate,
    answered: result.completeness.answered,
    questions: result.completeness.total,
    sectionPercent: area ? result.areas[area].percent : null,
    indicators: Object.fromEntries(result.indicators.map((i) => [i.code, i.score])),
    areaPercents: Object.fromEntries(Object.entries(result.areas).map(([code, a]) => [code, a.percent])),
  };
}
