import "server-only";
import { fieldError, type MutationOptions, requireActor, type Tx } from "@/lib/admin/mutation-support";
import { lockParticipants, lockPeriod } from "@/lib/admin/periods/period-locks";
import { appendAuditEvent } from "@/lib/audit/record-event";
import { lkeOf } from "@/lib/assessment/lke-of";
import { DomainError } from "@/lib/errors";
import { formatDay } from "@/lib/format";
import { dateColumn, isoDayOf } from "@/lib/instansi/time-zone";
import { assertNotAfterToday, instansiToday } from "@/lib/instansi/today";
import { listSections } from "@/lib/lke/sections";
import { type StoredEvaluation, StoredEvaluationSchema } from "@/lib/review/transitions/result";
import { monitoringConclusion, monitoringNotes } from "./monitoring-result";
import { TARGET_LABELS } from "./rules";
import type { MonitoringReportInput, OpenMonitoringInput } from "./schemas";

// The TPI's monitoring of a predicate holder as an assessment in the portal (PermenPAN-RB 90/2021
// Lampiran II Bab IV A, pages 61–62: "melakukan penilaian internal dan melaporkan ... setidaknya
// setiap dua tahunan"). ADMIN opens it in an OPEN period: the unit fills in the LKE, the TPI
// reviews and the ketua finalizes as for any assessment; finalize then writes the monitoring
// record (recordMonitoringFromFinal) from which the report letter of Gambar 10 is printed, and
// ADMIN gives the letter its number. A unit already taking part in the period has that LKE linked
// instead of a second one (one assessment per unit and period): a WBK holder building towards
// WBBM is monitored by the LKE it fills in anyway.

type Options<I> = MutationOptions<I> & { now?: Date };

export type OpenedMonitoring = { assessmentId: string; name: string; outcome: "created" | "linked" | "recorded" };

async function lockPredicate(tx: Tx, predicateId: string) {
  await tx.$queryRaw`SELECT id FROM "UnitPredicate" WHERE id = ${predicateId}::uuid FOR UPDATE`;
  const predicate = await tx.unitPredicate.findUnique({
    where: { id: predicateId },
    select: { id: true, unitId: true, year: true, predicate: true, revokedOn: true, unit: { select: { name: true } } },
  });
  if (!predicate) throw new DomainError("Predikat tidak ditemukan; muat ulang halaman.");
  return predicate;
}

/** Opens the monitoring of one predicate in one OPEN period, or links the unit's LKE of that period. */
export async function openMonitoringAssessment({ db, actorId, input }: MutationOptions<OpenMonitoringInput>): Promise<OpenedMonitoring> {
  return db.$transaction(async (tx) => {
    const predicate = await lockPredicate(tx, input.predicateId);
    const label = `${TARGET_LABELS[predicate.predicate]} ${predicate.year}`;
    if (predicate.revokedOn) throw new DomainError(`Predikat ${label} ${predicate.unit.name} sudah dicabut pada ${formatDay(isoDayOf(predicate.revokedOn))}; tidak ada lagi yang dipantau.`);
    const later = await tx.unitPredicate.findFirst({
      where: { unitId: predicate.unitId, revokedOn: null, id: { not: predicate.id }, OR: [{ year: { gt: predicate.year } }, { year: predicate.year, predicate: "WBBM" }] },
      select: { year: true, predicate: true },
    });
    if (later) throw new DomainError(`${predicate.unit.name} kini memegang ${TARGET_LABELS[later.predicate]} ${later.year}; yang dipantau adalah predikat terakhir itu.`);
    const period = await lockPeriod(tx, input.periodId);
    if (period.status !== "OPEN") throw fieldError("periodId", `Periode “${period.name}” sudah ditutup; pilih periode yang terbuka.`);
    if (period.year <= predicate.year) throw fieldError("periodId", `Monitoring dilakukan sesudah predikat ditetapkan: pilih periode setelah tahun ${predicate.year}.`);

    const existing = await tx.assessment.findUnique({
      where: { periodId_unitId: { periodId: period.id, unitId: predicate.unitId } },
      select: { id: true, state: true, monitoredPredicateId: true, evaluation: true, finalizedAt: true },
    });
    let assessmentId: string;
    let outcome: OpenedMonitoring["outcome"];
    if (existing) {
      if (existing.monitoredPredicateId === predicate.id) throw new DomainError(`Monitoring ${label} ${predicate.unit.name} sudah dibuka pada ${period.name}.`);
      if (existing.monitoredPredicateId) throw new DomainError(`LKE ${predicate.unit.name} pada ${period.name} sudah menjadi monitoring predikat lain.`);
      await tx.assessment.update({ where: { id: existing.id }, data: { monitoredPredicateId: predicate.id } });
      assessmentId = existing.id;
      outcome = "linked";
      if (existing.state === "FINAL" && existing.evaluation && existing.finalizedAt) {
        const day = await instansiToday(tx, existing.finalizedAt);
        await recordMonitoringFromFinal(tx, { assessmentId, evaluation: StoredEvaluationSchema.parse(existing.evaluation), actorId: requireActor(actorId), day });
        outcome = "recorded";
      }
    } else {
      await lockParticipants(tx, [predicate.unitId]);
      const created = await tx.assessment.create({ data: { periodId: period.id, unitId: predicate.unitId, state: "DRAFT", monitoredPredicateId: predicate.id }, select: { id: true } });
      assessmentId = created.id;
      outcome = "created";
    }
    await appendAuditEvent(tx, {
      actorId,
      action: "predicate.open_monitoring",
      entityType: "Assessment",
      entityId: assessmentId,
      unitId: predicate.unitId,
      assessmentId,
      after: { predicateId: predicate.id, predicate: predicate.predicate, year: predicate.year, periodId: period.id, outcome },
    });
    return { assessmentId, name: `${predicate.unit.name} (${label})`, outcome };
  });
}

/**
 * Called by finalize (and by openMonitoringAssessment for an LKE already FINAL), in its
 * transaction: writes or updates the monitoring record of the assessment's predicate from the
 * TPI's result. A later finalize (after a reopen) updates the result and keeps the number and
 * date ADMIN gave the letter. A predicate revoked meanwhile has nothing left to report.
 */
export async function recordMonitoringFromFinal(tx: Tx, { assessmentId, evaluation, actorId, day }: { assessmentId: string; evaluation: StoredEvaluation; actorId: string; day: string }): Promise<string | null> {
  const assessment = await tx.assessment.findUnique({
    where: { id: assessmentId },
    select: { unitId: true, period: { select: { lkeVersionId: true } }, monitoredPredicate: { select: { id: true, predicate: true, revokedOn: true } }, lheRecommendations: { select: { sectionKey: true, text: true } } },
  });
  const predicate = assessment?.monitoredPredicate;
  if (!assessment || !predicate || predicate.revokedOn) return null;
  const pages = new Map(listSections(lkeOf(assessment.period)).map((s) => [s.key as string, s.name]));
  const recommendations = assessment.lheRecommendations.filter((r) => pages.has(r.sectionKey)).map((r) => ({ page: pages.get(r.sectionKey)!, text: r.text }));
  const result = {
    score: evaluation.total,
    conclusion: monitoringConclusion(evaluation, predicate.predicate),
    notes: monitoringNotes({ evaluation, held: predicate.predicate, recommendations }),
  };
  const before = await tx.predicateMonitoring.findUnique({ where: { assessmentId }, select: { id: true, score: true, conclusion: true, notes: true } });
  const row = await tx.predicateMonitoring.upsert({
    where: { assessmentId },
    create: { predicateId: predicate.id, assessmentId, monitoredOn: dateColumn(day), reportNumber: null, recordedById: actorId, ...result },
    update: result,
    select: { id: true },
  });
  await appendAuditEvent(tx, {
    actorId,
    action: "predicate.record_monitoring",
    entityType: "PredicateMonitoring",
    entityId: row.id,
    unitId: assessment.unitId,
    assessmentId,
    before: before ? { score: before.score?.toNumber() ?? null, conclusion: before.conclusion, notes: before.notes } : undefined,
    after: { predicateId: predicate.id, ...result },
  });
  return row.id;
}

/** ADMIN gives the report letter its number and date, and may reword the notes it carries. */
export async function completeMonitoringReport({ db, actorId, input, now = new Date() }: Options<MonitoringReportInput>): Promise<{ id: string; name: string }> {
  return db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM "PredicateMonitoring" WHERE id = ${input.monitoringId}::uuid FOR UPDATE`;
    const row = await tx.predicateMonitoring.findUnique({
      where: { id: input.monitoringId },
      select: { id: true, monitoredOn: true, notes: true, reportNumber: true, predicate: { select: { unitId: true, decreeDate: true, revokedOn: true, unit: { select: { name: true } } } }, assessment: { select: { finalizedAt: true } } },
    });
    if (!row) throw new DomainError("Laporan monitoring tidak ditemukan; muat ulang halaman.");
    const decreeDay = isoDayOf(row.predicate.decreeDate);
    if (input.monitoredOn < decreeDay) throw fieldError("monitoredOn", `Tanggal laporan tidak boleh sebelum tanggal keputusan predikat (${formatDay(decreeDay)})`);
    if (row.assessment?.finalizedAt) {
      const finalDay = await instansiToday(tx, row.assessment.finalizedAt);
      if (input.monitoredOn < finalDay) throw fieldError("monitoredOn", `Tanggal laporan tidak boleh sebelum penilaian monitoring difinalkan (${formatDay(finalDay)})`);
    }
    assertNotAfterToday("monitoredOn", "Tanggal laporan", input.monitoredOn, await instansiToday(tx, now));
    const after = { monitoredOn: input.monitoredOn, reportNumber: input.reportNumber, notes: input.notes };
    await tx.predicateMonitoring.update({ where: { id: row.id }, data: { monitoredOn: dateColumn(input.monitoredOn), reportNumber: input.reportNumber, notes: input.notes } });
    await appendAuditEvent(tx, {
      actorId,
      action: "predicate.complete_monitoring_report",
      entityType: "PredicateMonitoring",
      entityId: row.id,
      unitId: row.predicate.unitId,
      before: { monitoredOn: isoDayOf(row.monitoredOn), reportNumber: row.reportNumber, notes: row.notes },
      after,
    });
    return { id: row.id, name: row.predicate.unit.name };
  });
}
