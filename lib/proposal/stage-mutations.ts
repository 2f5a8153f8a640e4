import "server-only";
import { fieldError, type MutationOptions, requireActor } from "@/lib/admin/mutation-support";
import { appendAuditEvent } from "@/lib/audit/record-event";
import { DomainError } from "@/lib/errors";
import { formatDay } from "@/lib/format";
import { dateColumn, dateInZone } from "@/lib/instansi/time-zone";
import { assertNotAfterToday, instansiTimeZone, instansiToday } from "@/lib/instansi/today";
import { STAGE_LABELS, stageRefusal } from "./stages";
import type { TpnStageInput } from "./schemas";

// TPN's stages of a proposed unit, recorded by ADMIN from TPN's letters (PermenPAN-RB 90/2021
// Lampiran II Bab III, pages 52–60). The decree that awards the predicate writes it into the
// unit's predicate register (source TPN) in the same transaction; a decree for a unit that was
// not in an approved proposal is refused.

type Options<I> = MutationOptions<I> & { now?: Date };

export async function recordTpnStage({ db, actorId, input, now = new Date() }: Options<TpnStageInput>) {
  return db.$transaction(async (tx) => {
    const proposed = await tx.proposedUnit.findFirst({
      where: { roundId: input.roundId, unitId: input.unitId, round: { status: "APPROVED" } },
      select: {
        id: true,
        target: true,
        assessmentId: true,
        unit: { select: { name: true } },
        round: { select: { approvedAt: true, period: { select: { year: true } } } },
        stages: { select: { kind: true, result: true } },
      },
    });
    if (!proposed) {
      const what = input.kind === "KEPUTUSAN" ? "Keputusan Menteri" : `Tahap ${STAGE_LABELS[input.kind].toLowerCase()}`;
      throw new DomainError(`${what} tidak dapat dicatat: unit ini tidak termasuk usulan ke TPN yang sudah disetujui pada periode ini.`);
    }
    await tx.$queryRaw`SELECT id FROM "ProposedUnit" WHERE id = ${proposed.id}::uuid FOR UPDATE`;
    const refusal = stageRefusal(input.kind, await tx.tpnStage.findMany({ where: { proposedUnitId: proposed.id }, select: { kind: true, result: true } }));
    if (refusal) throw new DomainError(refusal);
    assertNotAfterToday("date", "Tanggal tahap", input.date, await instansiToday(tx, now));
    const approvedDay = dateInZone(proposed.round.approvedAt!, await instansiTimeZone(tx));
    if (input.date < approvedDay) throw fieldError("date", `Tanggal tahap tidak boleh sebelum usulan disetujui (${formatDay(approvedDay)})`);
    const year = proposed.round.period.year;
    const awards = input.kind === "KEPUTUSAN" && input.result === "LULUS";
    if (awards && input.date < `${year}-01-01`) throw fieldError("date", `Tanggal keputusan tidak boleh sebelum tahun predikat (${year})`);
    if (awards) {
      const same = await tx.unitPredicate.findFirst({ where: { unitId: input.unitId, year, predicate: proposed.target }, select: { id: true } });
      if (same) throw new DomainError(`${proposed.unit.name} sudah tercatat memiliki predikat ${proposed.target === "WBK" ? "Menuju WBK" : "Menuju WBBM"} tahun ${year} di register predikat.`);
    }
    const stage = await tx.tpnStage.create({
      data: {
        proposedUnitId: proposed.id,
        kind: input.kind,
        date: dateColumn(input.date),
        result: input.result,
        notes: input.notes,
        followUpDeadline: input.followUpDeadline ? dateColumn(input.followUpDeadline) : null,
        documentNumber: input.documentNumber,
        recordedById: requireActor(actorId),
      },
      select: { id: true },
    });
    const { roundId: _r, unitId, ...after } = input;
    await appendAuditEvent(tx, { actorId, action: "proposal.record_stage", entityType: "TpnStage", entityId: stage.id, unitId, assessmentId: proposed.assessmentId, after });
    if (!awards) return { id: stage.id, predicateId: null };
    const predicate = await tx.unitPredicate.create({
      data: { unitId, year, predicate: proposed.target, source: "TPN", decreeNumber: input.documentNumber!, decreeDate: dateColumn(input.date), proposedUnitId: proposed.id, createdById: requireActor(actorId) },
      select: { id: true },
    });
    await appendAuditEvent(tx, {
      actorId,
      action: "unit.add_predicate",
      entityType: "UnitPredicate",
      entityId: predicate.id,
      unitId,
      after: { year, predicate: proposed.target, source: "TPN", decreeNumber: input.documentNumber, decreeDate: input.date, proposedUnitId: proposed.id },
    });
    return { id: stage.id, predicateId: predicate.id };
  });
}

