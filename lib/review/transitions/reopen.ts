import "server-only";
import { appendAuditEvent } from "@/lib/audit/record-event";
import type { SessionUser } from "@/lib/auth/session";
import type { Db } from "@/lib/db/create-client";
import { DomainError } from "@/lib/errors";
import { lockAssessment, requireState } from "./lock";
import type { ReopenInput } from "./schemas";

/**
 * FINAL → IN_REVIEW by ADMIN, with the reason on record. The stored evaluation, prerequisites
 * and finalization stamp stay as history until the ketua finalizes again (which overwrites them).
 */
export async function reopenAssessment({ db, user, input }: { db: Db; user: SessionUser; input: ReopenInput }): Promise<void> {
  if (user.role !== "ADMIN") throw new DomainError("Hanya admin yang dapat membuka kembali penilaian yang sudah final.");
  await db.$transaction(async (tx) => {
    const assessment = await lockAssessment(tx, input.assessmentId);
    requireState(assessment, ["FINAL"], "hanya LKE yang sudah final yang dapat dibuka kembali");
    await tx.assessment.update({ where: { id: assessment.id }, data: { state: "IN_REVIEW" } });
    await appendAuditEvent(tx, {
      actorId: user.id,
      action: "assessment.reopen",
      entityType: "Assessment",
      entityId: assessment.id,
      unitId: assessment.unitId,
      assessmentId: assessment.id,
      before: { state: "FINAL", round: assessment.round },
      after: { state: "IN_REVIEW", round: assessment.round, reason: input.reason },
    });
  });
}
