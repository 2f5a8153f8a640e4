import "server-only";
import { notFound } from "next/navigation";
import { getAssessmentForUser } from "@/lib/assessment/access";
import { lkeOf } from "@/lib/assessment/lke-of";
import { requirePageUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/prisma";
import { isReviewLead } from "./queries";
import { reviewRefusal } from "./review-state";

/** For the TPI's review pages: the assessment of a unit assigned to this reviewer, or 404. */
export async function loadReviewAssessment(assessmentId: string) {
  const user = await requirePageUser(["TPI"]);
  const db = getDb();
  const assessment = await getAssessmentForUser({ db, user, assessmentId });
  if (!assessment) notFound();
  const isLead = await isReviewLead({ db, reviewerId: user.id, periodId: assessment.period.id, unitId: assessment.unitId });
  return { user, db, assessment, isLead, lke: lkeOf(assessment.period), refusal: reviewRefusal(assessment.state) };
}
