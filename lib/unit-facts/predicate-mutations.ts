import "server-only";
import { fieldError, type MutationOptions, requireActor, withUniqueFieldErrors } from "@/lib/admin/mutation-support";
import { appendAuditEvent } from "@/lib/audit/record-event";
import { DomainError } from "@/lib/errors";
import { formatDay } from "@/lib/format";
import { dateColumn, isoDayOf } from "@/lib/instansi/time-zone";
import { assertNotAfterToday, instansiToday } from "@/lib/instansi/today";
import type { PredicateRevocationInput, UnitPredicateInput } from "./schemas";

// The predicate register (DESIGN.md step 5): what the Minister (TPN) or the instansi's own
// evaluasi mandiri (PermenPAN-RB 5/2024 Bab II B) awarded, and its revocation, which bars a new
// proposal for two years (PermenPAN-RB 90/2021 Lampiran II Bab IV C, pages 63–64). Entries are
// never edited or deleted: a correction is a revocation of record plus a new entry.

type Options<I> = MutationOptions<I> & { now?: Date };

const DUPLICATE = { year: "Unit ini sudah tercatat memiliki predikat yang sama pada tahun ini" };

export async function createUnitPredicate({ db, actorId, input, now = new Date() }: Options<UnitPredicateInput>) {
  const { unitId, ...data } = input;
  return withUniqueFieldErrors(DUPLICATE, () =>
    db.$transaction(async (tx) => {
      const unit = await tx.unit.findUnique({ where: { id: unitId }, select: { name: true } });
      if (!unit) throw new DomainError("Unit kerja tidak ditemukan.");
      const today = await instansiToday(tx, now);
      if (data.year > Number(today.slice(0, 4))) throw fieldError("year", "Tahun predikat tidak boleh setelah tahun ini");
      assertNotAfterToday("decreeDate", "Tanggal keputusan", data.decreeDate, today);
      const same = await tx.unitPredicate.findFirst({ where: { unitId, year: data.year, predicate: data.predicate }, select: { id: true } });
      if (same) throw fieldError("year", DUPLICATE.year);
      const row = await tx.unitPredicate.create({ data: { unitId, ...data, decreeDate: dateColumn(data.decreeDate), createdById: requireActor(actorId) }, select: { id: true } });
      await appendAuditEvent(tx, { actorId, action: "unit.add_predicate", entityType: "UnitPredicate", entityId: row.id, unitId, after: data });
      return { id: row.id, name: unit.name };
    }),
  );
}

export async function revokeUnitPredicate({ db, actorId, input, now = new Date() }: Options<PredicateRevocationInput>) {
  return db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM "UnitPredicate" WHERE id = ${input.predicateId}::uuid FOR UPDATE`;
    const predicate = await tx.unitPredicate.findUnique({
      where: { id: input.predicateId },
      select: { unitId: true, year: true, predicate: true, decreeNumber: true, decreeDate: true, revokedOn: true, unit: { select: { name: true } } },
    });
    if (!predicate) throw new DomainError("Predikat tidak ditemukan.");
    if (predicate.revokedOn) throw new DomainError(`Predikat ini sudah dicabut pada ${formatDay(isoDayOf(predicate.revokedOn))}.`);
    const decreeDay = isoDayOf(predicate.decreeDate);
    if (input.revokedOn < decreeDay) {
      throw fieldError("revokedOn", `Tanggal pencabutan tidak boleh sebelum tanggal keputusan predikat (${formatDay(decreeDay)})`);
    }
    assertNotAfterToday("revokedOn", "Tanggal pencabutan", input.revokedOn, await instansiToday(tx, now));
    await tx.unitPredicate.update({
      where: { id: input.predicateId },
      data: { revocationNumber: input.revocationNumber, revokedOn: dateColumn(input.revokedOn) },
    });
    await appendAuditEvent(tx, {
      actorId,
      action: "unit.revoke_predicate",
      entityType: "UnitPredicate",
      entityId: input.predicateId,
      unitId: predicate.unitId,
      before: { year: predicate.year, predicate: predicate.predicate, decreeNumber: predicate.decreeNumber, revocationNumber: null, revokedOn: null },
      after: { year: predicate.year, predicate: predicate.predicate, decreeNumber: predicate.decreeNumber, revocationNumber: input.revocationNumber, revokedOn: input.revokedOn },
    });
    return { id: input.predicateId, name: predicate.unit.name, unitId: predicate.unitId };
  });
}
