import "server-only";
import { type MutationOptions, requireActor, type Tx } from "@/lib/admin/mutation-support";
import { appendAuditEvent } from "@/lib/audit/record-event";
import { DomainError } from "@/lib/errors";
import { proposalDayOf } from "@/lib/instansi/proposal-day";
import { instansiToday } from "@/lib/instansi/today";
import { checkDay, loadCandidates } from "./candidates";
import { approvalBlockers, candidateRefusal, lateness, quotaRefusal } from "./rules";
import type { ApproveRoundInput, DeselectUnitInput, ProposalRoundInput, SelectUnitInput } from "./schemas";

// The proposal round of a period: ADMIN sets it up and selects units, PIMPINAN approves
// (PermenPAN-RB 5/2024 Lampiran II Bab II A, pages 4–6). Every write locks the round's row, so
// two admins selecting at once cannot pass the quota, and an approval sees the final list.

type Options<I> = MutationOptions<I> & { now?: Date };

async function lockRound(tx: Tx, roundId: string) {
  await tx.$queryRaw`SELECT id FROM "ProposalRound" WHERE id = ${roundId}::uuid FOR UPDATE`;
  const round = await tx.proposalRound.findUnique({
    where: { id: roundId },
    select: { id: true, status: true, quota: true, periodId: true, period: { select: { year: true, name: true, proposalDeadline: true } }, units: { select: { unitId: true, target: true } } },
  });
  if (!round) throw new DomainError("Putaran usulan tidak ditemukan.");
  return round;
}

function assertDraft(round: { status: string }): void {
  if (round.status !== "DRAFT") throw new DomainError("Usulan ini sudah disetujui pimpinan; daftar unitnya tidak dapat diubah lagi.");
}

export async function saveProposalRound({ db, actorId, input }: Options<ProposalRoundInput>) {
  const { periodId, ...data } = input;
  return db.$transaction(async (tx) => {
    const period = await tx.period.findUnique({ where: { id: periodId }, select: { id: true } });
    if (!period) throw new DomainError("Periode tidak ditemukan.");
    // The advisory lock makes two first saves one round; the row lock orders a quota change after
    // any selection under way, so the quota is never set below the units it counts.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`proposal-round:${periodId}`}))`;
    await tx.$queryRaw`SELECT id FROM "ProposalRound" WHERE "periodId" = ${periodId}::uuid FOR UPDATE`;
    const existing = await tx.proposalRound.findUnique({ where: { periodId }, select: { id: true, status: true, quota: true, letterNumber: true, signerName: true, signerNip: true, units: { select: { id: true } } } });
    if (existing) {
      assertDraft(existing);
      if (data.quota !== null && existing.units.length > data.quota) {
        throw new DomainError(`Sudah ${existing.units.length} unit dipilih; kuota tidak boleh di bawah jumlah itu. Keluarkan unit lebih dulu.`, { quota: [`Minimal ${existing.units.length}`] });
      }
      await tx.proposalRound.update({ where: { id: existing.id }, data });
      const { id: _id, status: _s, units: _u, ...before } = existing;
      await appendAuditEvent(tx, { actorId, action: "proposal.update_round", entityType: "ProposalRound", entityId: existing.id, before, after: data });
      return { id: existing.id };
    }
    const row = await tx.proposalRound.create({ data: { periodId, ...data, createdById: requireActor(actorId) }, select: { id: true } });
    await appendAuditEvent(tx, { actorId, action: "proposal.create_round", entityType: "ProposalRound", entityId: row.id, after: { periodId, ...data } });
    return { id: row.id };
  });
}

export async function selectProposalUnit({ db, actorId, input, now = new Date() }: Options<SelectUnitInput>) {
  return db.$transaction(async (tx) => {
    const round = await lockRound(tx, input.roundId);
    assertDraft(round);
    if (round.units.some((u) => u.unitId === input.unitId)) throw new DomainError("Unit ini sudah ada dalam daftar usulan.");
    const quota = quotaRefusal(round.quota, round.units.length);
    if (quota) throw new DomainError(quota);
    const [candidate] = await loadCandidates({ db: tx, periodId: round.periodId, unitIds: [input.unitId], asOf: checkDay(round.period, await instansiToday(tx, now)) });
    if (!candidate) throw new DomainError("Unit ini tidak dinilai pada periode ini.");
    const outcome = candidateRefusal(candidate, input.target);
    if ("reason" in outcome) throw new DomainError(outcome.reason);
    const row = await tx.proposedUnit.create({
      data: { roundId: round.id, unitId: input.unitId, assessmentId: candidate.assessmentId, target: input.target, route: outcome.route, selectedById: requireActor(actorId) },
      select: { id: true },
    });
    await appendAuditEvent(tx, { actorId, action: "proposal.select_unit", entityType: "ProposedUnit", entityId: row.id, unitId: input.unitId, assessmentId: candidate.assessmentId, after: { roundId: round.id, target: input.target, route: outcome.route } });
    return { id: row.id, name: candidate.name };
  });
}

export async function deselectProposalUnit({ db, actorId, input }: Options<DeselectUnitInput>) {
  return db.$transaction(async (tx) => {
    const round = await lockRound(tx, input.roundId);
    assertDraft(round);
    const row = await tx.proposedUnit.findUnique({ where: { roundId_unitId: { roundId: round.id, unitId: input.unitId } }, select: { id: true, target: true, route: true, assessmentId: true } });
    if (!row) throw new DomainError("Unit ini tidak ada dalam daftar usulan.");
    await tx.proposedUnit.delete({ where: { id: row.id } });
    await appendAuditEvent(tx, { actorId, action: "proposal.deselect_unit", entityType: "ProposedUnit", entityId: row.id, unitId: input.unitId, assessmentId: row.assessmentId, before: { roundId: round.id, target: row.target, route: row.route } });
    return { id: row.id };
  });
}

/** PIMPINAN's approval: the proposal goes out. Blocked, with every reason, when a unit no longer qualifies. */
export async function approveProposalRound({ db, actorId, input, now = new Date() }: Options<ApproveRoundInput>) {
  return db.$transaction(async (tx) => {
    const round = await lockRound(tx, input.roundId);
    assertDraft(round);
    const today = await instansiToday(tx, now);
    const deadline = proposalDayOf(round.period);
    const candidates = await loadCandidates({ db: tx, periodId: round.periodId, unitIds: round.units.map((u) => u.unitId), asOf: checkDay(round.period, today) });
    const targets = new Map(round.units.map((u) => [u.unitId, u.target]));
    const blockers = approvalBlockers({ quota: round.quota, units: candidates.map((c) => ({ ...c, target: targets.get(c.unitId)! })) });
    if (candidates.length !== round.units.length) blockers.push("Sebagian unit yang dipilih tidak lagi dinilai pada periode ini.");
    if (blockers.length > 0) throw new DomainError(`Usulan belum dapat disetujui: ${blockers.join(" ")}`);
    const timing = lateness({ today, deadline, reason: input.lateReason });
    if ("refusal" in timing) throw new DomainError(timing.refusal, { lateReason: ["Isi alasan keterlambatan"] });
    const data = { status: "APPROVED" as const, approvedById: requireActor(actorId), approvedAt: now, late: timing.late, lateReason: timing.late ? input.lateReason : null };
    await tx.proposalRound.update({ where: { id: round.id }, data });
    await appendAuditEvent(tx, {
      actorId,
      action: "proposal.approve_round",
      entityType: "ProposalRound",
      entityId: round.id,
      before: { status: "DRAFT" },
      after: { status: "APPROVED", late: data.late, lateReason: data.lateReason, deadline, units: round.units.map((u) => ({ unitId: u.unitId, target: u.target })) },
    });
    return { id: round.id, late: data.late };
  });
}
