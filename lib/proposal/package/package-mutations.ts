import "server-only";
import { type MutationOptions, requireActor, type Tx } from "@/lib/admin/mutation-support";
import { appendAuditEvent } from "@/lib/audit/record-event";
import { DomainError } from "@/lib/errors";
import { enqueueJob } from "@/lib/jobs/enqueue";
import type { RequestPackageInput, RetryPackageInput } from "../schemas";

// ADMIN's "Buat paket" and "Coba lagi": the package row, its build job and the audit event are
// written in one transaction (STYLE.md, work outside a request), so a package is never left
// QUEUED without a job, and a refused or rolled-back request leaves no job behind.

/** One package's jobs run one after another, whichever server picks them up. */
export const packageQueueName = (packageId: string) => `proposal-package:${packageId}`;

async function enqueueBuild(tx: Tx, packageId: string): Promise<void> {
  await enqueueJob(tx, { name: "proposal-package.build", payload: { packageId }, queueName: packageQueueName(packageId) });
}

export async function requestProposalPackage({ db, actorId, input }: MutationOptions<RequestPackageInput>) {
  return db.$transaction(async (tx) => {
    // Orders two clicks of one round, so the second sees the first's package.
    await tx.$queryRaw`SELECT id FROM "ProposalRound" WHERE id = ${input.roundId}::uuid FOR UPDATE`;
    const round = await tx.proposalRound.findUnique({ where: { id: input.roundId }, select: { status: true, period: { select: { id: true } } } });
    if (!round) throw new DomainError("Usulan tidak ditemukan.");
    if (round.status !== "APPROVED") throw new DomainError("Paket usulan dapat dibuat setelah usulan disetujui pimpinan.");
    const pending = await tx.proposalPackage.findFirst({ where: { roundId: input.roundId, includeEvidence: input.includeEvidence, status: { in: ["QUEUED", "BUILDING"] } }, select: { id: true } });
    if (pending) throw new DomainError("Paket yang sama sedang dibuat; tunggu sampai selesai.");
    const row = await tx.proposalPackage.create({ data: { roundId: input.roundId, includeEvidence: input.includeEvidence, requestedById: requireActor(actorId) }, select: { id: true } });
    await enqueueBuild(tx, row.id);
    await appendAuditEvent(tx, { actorId, action: "proposal.request_package", entityType: "ProposalPackage", entityId: row.id, after: input });
    return { id: row.id };
  });
}

export async function retryProposalPackage({ db, actorId, input }: MutationOptions<RetryPackageInput>) {
  return db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM "ProposalPackage" WHERE id = ${input.packageId}::uuid FOR UPDATE`;
    const pkg = await tx.proposalPackage.findUnique({ where: { id: input.packageId }, select: { status: true, roundId: true } });
    if (!pkg) throw new DomainError("Paket tidak ditemukan.");
    if (pkg.status !== "FAILED") throw new DomainError("Hanya paket yang gagal dibuat yang dapat dicoba lagi.");
    await tx.proposalPackage.update({ where: { id: input.packageId }, data: { status: "QUEUED", error: null, bytesWritten: 0, requestedById: requireActor(actorId) } });
    await enqueueBuild(tx, input.packageId);
    await appendAuditEvent(tx, { actorId, action: "proposal.retry_package", entityType: "ProposalPackage", entityId: input.packageId, after: input });
    return { id: input.packageId };
  });
}
