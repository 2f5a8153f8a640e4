import "server-only";
import type { Prisma } from "@/lib/db/generated/client";
import type { AssessmentState } from "@/lib/db/generated/enums";
import { appendAuditEvent } from "@/lib/audit/record-event";
import { DomainError } from "@/lib/errors";
import { reviewRefusal } from "./review-state";

type Tx = Prisma.TransactionClient;
type Locked = { state: AssessmentState; unitId: string };

/**
 * Inside a TPI write's transaction: locks the assessment row, but only when this reviewer is
 * assigned to its unit in its period (the scope is in the where clause), and checks again that
 * it may be reviewed now. A concurrent return or finalization waits for this write, or this
 * write sees its result.
 */
export async function lockForReview({ tx, assessmentId, reviewerId }: { tx: Tx; assessmentId: string; reviewerId: string }): Promise<Locked> {
  const rows = await tx.$queryRaw<Locked[]>`
    SELECT a."state", a."unitId" FROM "Assessment" a
    WHERE a."id" = ${assessmentId}::uuid
      AND EXISTS (SELECT 1 FROM "ReviewAssignment" r WHERE r."periodId" = a."periodId" AND r."unitId" = a."unitId" AND r."reviewerId" = ${reviewerId}::uuid)
    FOR UPDATE`;
  const row = rows[0];
  if (!row) throw new DomainError("Penilaian tidak ditemukan atau tidak ditugaskan kepada Anda.");
  const refusal = reviewRefusal(row.state);
  if (refusal) throw new DomainError(refusal);
  return row;
}

/** The first TPI write moves a SUBMITTED assessment into review, as an audited transition. */
export async function startReviewIfSubmitted({ tx, assessmentId, locked, actorId }: { tx: Tx; assessmentId: string; locked: Locked; actorId: string }): Promise<void> {
  if (locked.state !== "SUBMITTED") return;
  await tx.assessment.update({ where: { id: assessmentId }, data: { state: "IN_REVIEW" } });
  await appendAuditEvent(tx, {
    actorId,
    action: "assessment.start_review",
    entityType: "Assessment",
    entityId: assessmentId,
    unitId: locked.unitId,
    assessmentId,
    before: { state: "SUBMITTED" },
    after: { state: "IN_REVIEW" },
  });
}
