import "server-only";
import { type AccessibleAssessment, getAssessmentForUser } from "@/lib/assessment/access";
import { lkeOf } from "@/lib/assessment/lke-of";
import type { SessionUser } from "@/lib/auth/session";
import type { Db } from "@/lib/db/create-client";
import type { LkeVersion } from "@/lib/lke/schema";
import { listReviewAnswers, type ReviewAnswer } from "@/lib/review/answers";
import { type BothScores, scoreBothSides } from "@/lib/review/score-both";
import { type FinalResult, getFinalResult } from "@/lib/review/transitions/queries";
import type { UnitEligibilityFacts } from "@/lib/eligibility/judge";
import { holdsWbkOn } from "@/lib/eligibility/predicates";
import { loadUnitEligibilityFacts } from "@/lib/eligibility/unit-facts";

/** Everything the LKE and LHE documents of one assessment are made from. */
export type AssessmentExport = {
  assessment: AccessibleAssessment;
  lke: LkeVersion;
  answers: Map<string, ReviewAnswer>;
  scores: BothScores;
  final: FinalResult | null;
  /** The proposal rule's facts (instansi Tabel 5, unit data, predicate register) on the period's proposal day. */
  facts: UnitEligibilityFacts;
};

export type ExportOptions = { db: Db; user: SessionUser; assessmentId: string };

/**
 * The assessment with its answers and both sides' scores (lib/scoring through scoreBothSides),
 * or null when this user may not see it: the route answers 404 either way.
 */
export async function loadAssessmentExport({ db, user, assessmentId }: ExportOptions): Promise<AssessmentExport | null> {
  const assessment = await getAssessmentForUser({ db, user, assessmentId });
  if (!assessment) return null;
  const lke = lkeOf(assessment.period);
  const [answers, final, facts] = await Promise.all([
    listReviewAnswers({ db, assessmentId: assessment.id }),
    getFinalResult({ db, assessmentId: assessment.id }),
    loadUnitEligibilityFacts({ db, unitId: assessment.unitId, periodId: assessment.period.id }),
  ]);
  const holdsWbk = holdsWbkOn(facts.unit.predicates, facts.asOf);
  return { assessment, lke, answers, scores: scoreBothSides({ lke, answers: answers.values(), holdsWbk }), final, facts };
}
