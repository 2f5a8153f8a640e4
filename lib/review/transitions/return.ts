import "server-only";
import { appendAuditEvent } from "@/lib/audit/record-event";
import type { SessionUser } from "@/lib/auth/session";
import type { Db } from "@/lib/db/create-client";
import type { Prisma } from "@/lib/db/generated/client";
import { DomainError } from "@/lib/errors";
import { lockAssessment, requireAssignment, requireState } from "./lock";

export type ReturnedForRevision = { code: string; note: string | null };

/**
 * IN_REVIEW → RETURNED: sends the flagged questions back to the unit for this round, keeping the
 * unit's answer as it was so the next round can show what changed. Any reviewer assigned to the
 * unit may return (not only the ketua): a return is part of the review itself, which every
 * member does, while finalizing — the team's verdict — is the ketua's alone.
 * The flags stay set, so the TPI sees on the next round what it asked for.
 */
export async function returnAssessment({ db, user, assessmentId }: { db: Db; user: SessionUser; assessmentId: string }): Promise<{ returned: ReturnedForRevision[] }> {
  return db.$transaction(async (tx) => {
    const assessment = await lockAssessment(tx, assessmentId);
    await requireAssignment(tx, user, assessment, { lead: false });
    requireState(assessment, ["IN_REVIEW"], "hanya LKE yang sedang direviu yang dapat dikembalikan");
    const flagged = await tx.answer.findMany({
      where: { assessmentId, tpiFlag: true },
      orderBy: { questionCode: "asc" },
      select: { id: true, questionCode: true, unitValue: true, unitNote: true, tpiNote: true },
    });
    if (flagged.length === 0) throw new DomainError("Belum ada pertanyaan yang ditandai perlu perbaikan; tandai dulu pertanyaan yang harus diperbaiki unit.");
    for (const answer of flagged) {
      const snapshot = { value: answer.unitValue ?? null, note: answer.unitNote } as Prisma.InputJsonValue;
      await tx.answer.update({ where: { id: answer.id }, data: { returnedRound: assessment.round, returnedSnapshot: snapshot, version: { increment: 1 } } });
    }
    await tx.assessment.update({ where: { id: assessmentId }, data: { state: "RETURNED" } });
    const returned = flagged.map((a) => ({ code: a.questionCode, note: a.tpiNote }));
    await appendAuditEvent(tx, {
      actorId: user.id,
      action: "assessment.return",
      entityType: "Assessment",
      entityId: assessmentId,
      unitId: assessment.unitId,
      assessmentId,
      before: { state: "IN_REVIEW", round: assessment.round },
      after: { state: "RETURNED", round: assessment.round, questions: returned },
    });
    return { returned };
  });
}
