import { cache } from "react";
import { getAssessmentForUser } from "@/lib/assessment/access";
import { getSessionUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/prisma";
import { canPostComment } from "@/lib/comments/queries";
import type { CommentView } from "@/lib/comments/schemas";
import { CommentThread } from "./comment-thread";

// One look-up per request, however many question cards a page renders.
const postingRight = cache(async (assessmentId: string): Promise<{ visible: boolean; canPost: boolean }> => {
  const user = await getSessionUser();
  if (!user) return { visible: false, canPost: false };
  const db = getDb();
  const assessment = await getAssessmentForUser({ db, user, assessmentId });
  if (!assessment) return { visible: false, canPost: false };
  return { visible: true, canPost: await canPostComment({ db, user, assessment }) };
});

type Props = { assessmentId: string; questionCode: string; initial: CommentView[] };

/** The thread of a question for the signed-in user (the unit's area page and the TPI's review page). */
export async function QuestionComments({ assessmentId, questionCode, initial }: Props) {
  const { visible, canPost } = await postingRight(assessmentId);
  if (!visible) return null;
  return <CommentThread assessmentId={assessmentId} questionCode={questionCode} initial={initial} canPost={canPost} />;
}
