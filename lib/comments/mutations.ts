import "server-only";
import { getAssessmentForUser } from "@/lib/assessment/access";
import { lkeOf, questionCodesOf } from "@/lib/assessment/lke-of";
import { appendAuditEvent } from "@/lib/audit/record-event";
import type { SessionUser } from "@/lib/auth/session";
import type { Db } from "@/lib/db/create-client";
import { DomainError } from "@/lib/errors";
import { canPostComment, COMMENT_SELECT, toCommentView } from "./queries";
import type { CommentInput, CommentView } from "./schemas";

/**
 * Adds a comment to a question's thread between the unit and the TPI. ADMIN and PIMPINAN read
 * the threads but do not take part in them. Allowed in every state: a question asked after
 * finalization still deserves an answer, and the thread changes no score.
 */
export async function createComment({ db, user, input }: { db: Db; user: SessionUser; input: CommentInput }): Promise<CommentView> {
  const assessment = await getAssessmentForUser({ db, user, assessmentId: input.assessmentId });
  if (!assessment) throw new DomainError("Penilaian tidak ditemukan atau Anda tidak berwenang atasnya.");
  if (!(await canPostComment({ db, user, assessment }))) throw new DomainError("Hanya operator unit dan TPI yang ditugaskan yang dapat menulis komentar.");
  if (!questionCodesOf(lkeOf(assessment.period)).has(input.questionCode)) throw new DomainError(`Pertanyaan ${input.questionCode} tidak ada dalam LKE periode ini.`);
  return db.$transaction(async (tx) => {
    const row = await tx.comment.create({ data: { assessmentId: assessment.id, questionCode: input.questionCode, authorId: user.id, body: input.body }, select: COMMENT_SELECT });
    await appendAuditEvent(tx, {
      actorId: user.id,
      action: "comment.create",
      entityType: "Comment",
      entityId: row.id,
      unitId: assessment.unitId,
      assessmentId: assessment.id,
      after: { questionCode: input.questionCode, body: input.body },
    });
    return toCommentView(row);
  });
}
