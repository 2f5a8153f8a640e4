import "server-only";
import { fieldError, type MutationOptions, requireActor } from "@/lib/admin/mutation-support";
import { appendAuditEvent } from "@/lib/audit/record-event";
import { DomainError } from "@/lib/errors";
import { formatDay } from "@/lib/format";
import { dateColumn, isoDayOf } from "@/lib/instansi/time-zone";
import { assertNotAfterToday, instansiToday } from "@/lib/instansi/today";
import type { MonitoringInput } from "./schemas";

// The TPI's monitoring of a predicate holder, reported at least every two years
// (PermenPAN-RB 90/2021 Lampiran II Bab IV A, pages 61–62, Gambar 10). A conclusion of "tidak
// memenuhi" does not revoke by itself: only the Minister revokes (Bab IV C, pages 63–64), and
// the revocation is recorded in the register (lib/unit-facts/predicate-mutations), which locks
// the unit for two years.

type Options<I> = MutationOptions<I> & { now?: Date };

export async function recordMonitoring({ db, actorId, input, now = new Date() }: Options<MonitoringInput>) {
  return db.$transaction(async (tx) => {
    const predicate = await tx.unitPredicate.findUnique({ where: { id: input.predicateId }, select: { unitId: true, decreeDate: true, revokedOn: true, unit: { select: { name: true } } } });
    if (!predicate) throw new DomainError("Predikat tidak ditemukan.");
    if (predicate.revokedOn) throw new DomainError(`Predikat ini sudah dicabut pada ${formatDay(isoDayOf(predicate.revokedOn))}; tidak ada lagi yang dipantau.`);
    const decreeDay = isoDayOf(predicate.decreeDate);
    if (input.monitoredOn < decreeDay) throw fieldError("monitoredOn", `Tanggal monitoring tidak boleh sebelum tanggal keputusan predikat (${formatDay(decreeDay)})`);
    assertNotAfterToday("monitoredOn", "Tanggal monitoring", input.monitoredOn, await instansiToday(tx, now));
    const row = await tx.predicateMonitoring.create({
      data: { predicateId: input.predicateId, monitoredOn: dateColumn(input.monitoredOn), score: input.score, conclusion: input.conclusion, notes: input.notes, reportNumber: input.reportNumber, recordedById: requireActor(actorId) },
      select: { id: true },
    });
    await appendAuditEvent(tx, { actorId, action: "predicate.record_monitoring", entityType: "PredicateMonitoring", entityId: row.id, unitId: predicate.unitId, after: input });
    return { id: row.id, name: predicate.unit.name };
  });
}
