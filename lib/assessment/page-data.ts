import "server-only";
import { notFound } from "next/navigation";
import { requirePageUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/prisma";
import { getAssessmentForUser, unitEditRefusal } from "./access";
import { lkeOf } from "./lke-of";

/** For the operator's assessment pages: the user, the assessment of their unit and its LKE, or 404. */
export async function loadOperatorAssessment(assessmentId: string) {
  const user = await requirePageUser(["OPERATOR"]);
  const db = getDb();
  const assessment = await getAssessmentForUser({ db, user, assessmentId });
  if (!assessment) notFound();
  return { user, db, assessment, lke: lkeOf(assessment.period), editRefusal: unitEditRefusal(assessment) };
}
