import "server-only";
import type { AccessibleAssessment } from "@/lib/assessment/access";
import type { SessionUser } from "@/lib/auth/session";
import type { Db } from "@/lib/db/create-client";
import type { CommentView } from "./schemas";

export const COMMENT_SELECT = { id: true, questionCode: true, body: true, createdAt: true, author: { select: { name: true, role: true } } } as const;

/**
 * The threads of an assessment the caller has already been allowed to see (getAssessmentForUser),
 * by question, oldest first; optionally only some questions (one area page).
 */
export async function listComments({ db, assessmentId, questionCodes }: { db: Db; assessmentId: string; questionCodes?: string[] }): Promise<Record<string, CommentView[]>> {
  const rows = await db.comment.findMany({
    where: { assessmentId, ...(questionCodes ? { questionCode: { in: questionCodes } } : {}) },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: COMMENT_SELECT,
  });
  const threads: Record<string, CommentView[]> = {};
  for (const row of rows) (threads[row.questionCode] ??= []).push(toCommentView(row));
  return threads;
}

export function toCommentView(row: { id: string; body: string; createdAt: Date; author: CommentView["author"] }): CommentView {
  return { id: row.id, body: row.body, createdAt: row.createdAt.toISOString(), author: row.author };
}

/** Whether the user may post on this assessment: its unit's operator, or a TPI assigned to it. */
export async function canPostComment({ db, user, assessment }: { db: Db; user: SessionUser; assessment: Pick<AccessibleAssessment, "unitId" | "period"> }): Promise<boolean> {
  if (user.role === "OPERATOR") return user.unitId === assessment.unitId;
  if (user.role !== "TPI") return false;
  const assignment = await db.reviewAssignment.findFirst({ where: { reviewerId: user.id, unitId: assessment.unitId, periodId: assessment.period.id }, select: { id: true } });
  return assignment !== null;
}
