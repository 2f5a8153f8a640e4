import "server-only";
import { fieldError, type MutationOptions, type Tx, withUniqueFieldErrors } from "@/lib/admin/mutation-support";
import { appendAuditEvent } from "@/lib/audit/record-event";
import { DomainError } from "@/lib/errors";
import type { AssignmentCreateInput, AssignmentIdInput } from "./schemas";

type Saved = { id: string };

/**
 * Locks the unit's assessment in the period: every change to the unit's team (and every TPI
 * write) goes through this row, so "at most one ketua tim" holds under concurrent admins.
 */
async function lockTeam(tx: Tx, periodId: string, unitId: string): Promise<void> {
  const rows = await tx.$queryRaw<{ status: string }[]>`
    SELECT p."status" FROM "Assessment" a JOIN "Period" p ON p."id" = a."periodId"
    WHERE a."periodId" = ${periodId}::uuid AND a."unitId" = ${unitId}::uuid FOR UPDATE OF a`;
  if (!rows[0]) throw fieldError("unitId", "Unit ini bukan peserta periode evaluasi tersebut");
  if (rows[0].status !== "OPEN") throw new DomainError("Periode evaluasi sudah ditutup; penugasan TPI tidak dapat diubah.");
}

async function findAssignment(tx: Tx, id: string) {
  const row = await tx.reviewAssignment.findUnique({ where: { id }, select: { id: true, periodId: true, unitId: true, reviewerId: true, isLead: true } });
  if (!row) throw new DomainError("Penugasan tidak ditemukan; muat ulang halaman.");
  return row;
}

async function unsetLead(tx: Tx, periodId: string, unitId: string): Promise<string | null> {
  const previous = await tx.reviewAssignment.findFirst({ where: { periodId, unitId, isLead: true }, select: { reviewerId: true } });
  await tx.reviewAssignment.updateMany({ where: { periodId, unitId, isLead: true }, data: { isLead: false } });
  return previous?.reviewerId ?? null;
}

/** Assigns an active TPI user to a participating unit of an open period; optionally as ketua tim. */
export async function createAssignment({ db, actorId, input }: MutationOptions<AssignmentCreateInput>): Promise<Saved> {
  return withUniqueFieldErrors({ reviewerId: "Anggota TPI ini sudah ditugaskan ke unit tersebut" }, () =>
    db.$transaction(async (tx) => {
      await lockTeam(tx, input.periodId, input.unitId);
      const reviewer = await tx.user.findUnique({ where: { id: input.reviewerId }, select: { role: true, active: true, name: true } });
      if (!reviewer || reviewer.role !== "TPI" || !reviewer.active) throw fieldError("reviewerId", "Hanya pengguna aktif dengan peran TPI yang dapat ditugaskan");
      const key = { periodId: input.periodId, unitId: input.unitId, reviewerId: input.reviewerId };
      if (await tx.reviewAssignment.findUnique({ where: { periodId_unitId_reviewerId: key }, select: { id: true } })) {
        throw fieldError("reviewerId", "Anggota TPI ini sudah ditugaskan ke unit tersebut");
      }
      const previousLead = input.isLead ? await unsetLead(tx, input.periodId, input.unitId) : null;
      const created = await tx.reviewAssignment.create({ data: { ...key, isLead: input.isLead } });
      await appendAuditEvent(tx, {
        actorId,
        action: "assignment.create",
        entityType: "ReviewAssignment",
        entityId: created.id,
        unitId: input.unitId,
        after: { ...key, reviewerName: reviewer.name, isLead: input.isLead, previousLead },
      });
      return { id: created.id };
    }),
  );
}

export async function deleteAssignment({ db, actorId, input }: MutationOptions<AssignmentIdInput>): Promise<Saved> {
  return db.$transaction(async (tx) => {
    const before = await findAssignment(tx, input.id);
    await lockTeam(tx, before.periodId, before.unitId);
    await tx.reviewAssignment.delete({ where: { id: before.id } });
    await appendAuditEvent(tx, { actorId, action: "assignment.delete", entityType: "ReviewAssignment", entityId: before.id, unitId: before.unitId, before });
    return { id: before.id };
  });
}

/** Makes this reviewer the ketua tim of the unit; the previous ketua is unset in the same transaction. */
export async function setAssignmentLead({ db, actorId, input }: MutationOptions<AssignmentIdInput>): Promise<Saved> {
  return db.$transaction(async (tx) => {
    const found = await findAssignment(tx, input.id);
    await lockTeam(tx, found.periodId, found.unitId);
    const previousLead = await unsetLead(tx, found.periodId, found.unitId);
    await tx.reviewAssignment.update({ where: { id: found.id }, data: { isLead: true } });
    await appendAuditEvent(tx, {
      actorId,
      action: "assignment.lead",
      entityType: "ReviewAssignment",
      entityId: found.id,
      unitId: found.unitId,
      before: { leadReviewerId: previousLead },
      after: { leadReviewerId: found.reviewerId, periodId: found.periodId },
    });
    return { id: found.id };
  });
}
