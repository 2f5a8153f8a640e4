import { beforeEach, describe, expect, it } from "vitest";
import { NO_CONFIRMATIONS } from "@/lib/eligibility/stored";
import { dateInZone } from "@/lib/instansi/time-zone";
import { finalizeAssessment } from "@/lib/review/transitions/finalize";
import { reopenAssessment } from "@/lib/review/transitions/reopen";
import { answerEverything, createTransitionFixture } from "@/lib/review/transitions/test-support";
import { getTestDb, resetDatabase } from "@/tests/support/db";
import { completeMonitoringReport, openMonitoringAssessment } from "./monitoring-assessment";
import { listMonitoringDue } from "./monitoring-queries";

// The TPI's monitoring of a predicate holder as an assessment (PermenPAN-RB 90/2021 Lampiran II
// Bab IV A, pages 61–62, Gambar 10): ADMIN opens it, the ketua's finalize writes the report.

beforeEach(resetDatabase);
const db = getTestDb;
const today = () => dateInZone(new Date(), "WIB");

async function setup({ state = "SUBMITTED", predicate = "WBK" }: { state?: "SUBMITTED" | "DRAFT"; predicate?: "WBK" | "WBBM" } = {}) {
  // This year's period: the decree two years back and the report days are real past days.
  const f = await createTransitionFixture(db(), { state, year: Number(today().slice(0, 4)) });
  const held = await db().unitPredicate.create({
    data: { unitId: f.unit.id, year: f.period.year - 2, predicate, source: "TPN", decreeNumber: `KEP/${f.period.year - 2}/ZI-7`, decreeDate: new Date(`${f.period.year - 2}-12-10T00:00:00Z`), createdById: f.admin.id },
  });
  return { ...f, held };
}

async function snapshot() {
  const [assessments, monitorings, events] = await Promise.all([
    db().assessment.findMany({ orderBy: { id: "asc" }, select: { id: true, state: true, monitoredPredicateId: true } }),
    db().predicateMonitoring.count(),
    db().auditEvent.count(),
  ]);
  return { assessments, monitorings, events };
}

describe("openMonitoringAssessment", () => {
  it("gives a unit not yet taking part a DRAFT LKE in the period, once", async () => {
    const f = await setup();
    const next = await db().period.create({ data: { year: f.period.year + 1, name: `Evaluasi ${f.period.year + 1}`, lkeVersionId: "pm90-2021", deadline: new Date(Date.now() + 86_400_000) } });
    const opened = await openMonitoringAssessment({ db: db(), actorId: f.admin.id, input: { predicateId: f.held.id, periodId: next.id } });
    expect(opened.outcome).toBe("created");
    expect(await db().assessment.findUniqueOrThrow({ where: { id: opened.assessmentId } })).toMatchObject({ periodId: next.id, unitId: f.unit.id, state: "DRAFT", monitoredPredicateId: f.held.id });
    expect(await db().auditEvent.findFirstOrThrow({ where: { action: "predicate.open_monitoring" } })).toMatchObject({ actorId: f.admin.id, assessmentId: opened.assessmentId, unitId: f.unit.id });
    const before = await snapshot();
    await expect(openMonitoringAssessment({ db: db(), actorId: f.admin.id, input: { predicateId: f.held.id, periodId: next.id } })).rejects.toThrow("sudah dibuka");
    expect(await snapshot()).toEqual(before);
    const due = await listMonitoringDue({ db: db(), today: today() });
    expect(due).toMatchObject([{ predicateId: f.held.id, inProgress: [{ id: opened.assessmentId, state: "DRAFT" }], reports: [] }]);
  });

  it("refuses a revoked or superseded predicate, a closed period and one not after the predicate, changing nothing", async () => {
    const f = await setup();
    const before = await snapshot();
    const open = (predicateId: string, periodId = f.period.id) => openMonitoringAssessment({ db: db(), actorId: f.admin.id, input: { predicateId, periodId } });

    const early = await db().period.create({ data: { year: f.period.year - 2, name: "Evaluasi lama", lkeVersionId: "pm90-2021", deadline: new Date() } });
    await expect(open(f.held.id, early.id)).rejects.toMatchObject({ fieldErrors: { periodId: [`Monitoring dilakukan sesudah predikat ditetapkan: pilih periode setelah tahun ${f.period.year - 2}.`] } });
    await db().period.update({ where: { id: f.period.id }, data: { status: "CLOSED", closedAt: new Date() } });
    await expect(open(f.held.id)).rejects.toMatchObject({ fieldErrors: { periodId: [expect.stringContaining("sudah ditutup; pilih periode yang terbuka")] } });
    await db().period.update({ where: { id: f.period.id }, data: { status: "OPEN", closedAt: null } });

    const wbbm = await db().unitPredicate.create({ data: { unitId: f.unit.id, year: f.period.year - 1, predicate: "WBBM", source: "TPN", decreeNumber: "KEP/WBBM", decreeDate: new Date(`${f.period.year - 1}-12-10T00:00:00Z`), createdById: f.admin.id } });
    await expect(open(f.held.id)).rejects.toThrow(`kini memegang Menuju WBBM ${f.period.year - 1}`);
    await db().unitPredicate.update({ where: { id: wbbm.id }, data: { revocationNumber: "KEP/CABUT", revokedOn: new Date(`${f.period.year}-01-05T00:00:00Z`) } });
    await expect(open(wbbm.id)).rejects.toThrow("sudah dicabut pada 5 Januari");
    // The later predicate revoked, the WBK is the one in force again.
    expect((await listMonitoringDue({ db: db(), today: today() })).map((d) => d.predicateId)).toEqual([f.held.id]);

    const after = await snapshot();
    expect(after.assessments).toEqual(before.assessments);
    expect(after.monitorings).toBe(0);
    expect(after.events).toBe(before.events);
  });

  it("links the unit's LKE of the period; the ketua's finalize writes the report: masih memenuhi", async () => {
    const f = await setup();
    const opened = await openMonitoringAssessment({ db: db(), actorId: f.admin.id, input: { predicateId: f.held.id, periodId: f.period.id } });
    expect(opened).toMatchObject({ assessmentId: f.assessment.id, outcome: "linked" });
    await answerEverything(db(), f.assessment.id);
    await db().lheRecommendation.create({ data: { assessmentId: f.assessment.id, sectionKey: "mp", text: "Perbarui rencana kerja ZI setiap tahun.", updatedById: f.lead.id } });
    await finalizeAssessment({ db: db(), user: f.lead, input: { assessmentId: f.assessment.id, confirmations: NO_CONFIRMATIONS } });

    const report = await db().predicateMonitoring.findUniqueOrThrow({ where: { assessmentId: f.assessment.id } });
    expect(report).toMatchObject({ predicateId: f.held.id, conclusion: "MASIH_MEMENUHI", reportNumber: null, recordedById: f.lead.id });
    expect(report.score?.toNumber()).toBe(100);
    expect(report.monitoredOn.toISOString().slice(0, 10)).toBe(today());
    expect(report.notes).toContain("Seluruh kriteria Menuju WBK pada Tabel 6 masih terpenuhi.");
    expect(report.notes).toContain("Rekomendasi TPI: Manajemen Perubahan: Perbarui rencana kerja ZI setiap tahun.");
    expect(await db().auditEvent.count({ where: { action: "predicate.record_monitoring", entityId: report.id, actorId: f.lead.id } })).toBe(1);
    const [due] = await listMonitoringDue({ db: db(), today: today() });
    expect(due).toMatchObject({ lastMonitoredOn: today(), inProgress: [], reports: [{ id: report.id, reportNumber: null, assessment: { id: f.assessment.id, state: "FINAL" } }] });
  });

  it("a WBBM holder is judged against WBBM: short of it, tidak memenuhi with the unmet criteria named", async () => {
    const f = await setup({ predicate: "WBBM" });
    await openMonitoringAssessment({ db: db(), actorId: f.admin.id, input: { predicateId: f.held.id, periodId: f.period.id } });
    // Survey index 2 of 4 misses B.I for both targets (finalize.integration.test.ts works the numbers).
    await answerEverything(db(), f.assessment.id, { "B.I.a.a": 2 });
    await finalizeAssessment({ db: db(), user: f.lead, input: { assessmentId: f.assessment.id, confirmations: NO_CONFIRMATIONS } });
    const report = await db().predicateMonitoring.findUniqueOrThrow({ where: { assessmentId: f.assessment.id } });
    expect(report.conclusion).toBe("TIDAK_MEMENUHI");
    expect(report.notes).toMatch(/^Nilai total 91,25 \(komponen pengungkit 60,00, komponen hasil 31,25\)\.\nKriteria Menuju WBBM pada Tabel 6 yang tidak terpenuhi: .+ \(capaian 13,75\)/);
    // Holding WBBM counts as holding WBK (Tabel 6's last WBBM row is met).
    expect(report.notes).not.toContain("predikat Menuju WBK (capaian");
  });

  it("after a reopen, the next finalize updates the result and keeps the letter's number and date", async () => {
    const f = await setup();
    await openMonitoringAssessment({ db: db(), actorId: f.admin.id, input: { predicateId: f.held.id, periodId: f.period.id } });
    await answerEverything(db(), f.assessment.id, { "B.I.a.a": 2 });
    await finalizeAssessment({ db: db(), user: f.lead, input: { assessmentId: f.assessment.id, confirmations: NO_CONFIRMATIONS } });
    const first = await db().predicateMonitoring.findUniqueOrThrow({ where: { assessmentId: f.assessment.id } });
    expect(first.conclusion).toBe("TIDAK_MEMENUHI");
    await completeMonitoringReport({ db: db(), actorId: f.admin.id, input: { monitoringId: first.id, reportNumber: "700/12-Insp/2026", monitoredOn: today(), notes: "Catatan yang disunting admin." } });

    await reopenAssessment({ db: db(), user: f.admin, input: { assessmentId: f.assessment.id, reason: "Hasil survei IPK diperbaiki BPS." } });
    await db().answer.updateMany({ where: { assessmentId: f.assessment.id, questionCode: "B.I.a.a" }, data: { tpiValue: 4 } });
    await finalizeAssessment({ db: db(), user: f.lead, input: { assessmentId: f.assessment.id, confirmations: NO_CONFIRMATIONS } });
    const rows = await db().predicateMonitoring.findMany({ where: { predicateId: f.held.id } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ id: first.id, conclusion: "MASIH_MEMENUHI", reportNumber: "700/12-Insp/2026" });
    expect(rows[0]!.notes).toContain("masih terpenuhi");
    expect(await db().auditEvent.count({ where: { action: "predicate.record_monitoring", entityId: first.id } })).toBe(2);
  });

  it("links an LKE already FINAL and writes its report at once", async () => {
    const f = await setup();
    await answerEverything(db(), f.assessment.id);
    await finalizeAssessment({ db: db(), user: f.lead, input: { assessmentId: f.assessment.id, confirmations: NO_CONFIRMATIONS } });
    expect(await db().predicateMonitoring.count()).toBe(0);
    const opened = await openMonitoringAssessment({ db: db(), actorId: f.admin.id, input: { predicateId: f.held.id, periodId: f.period.id } });
    expect(opened.outcome).toBe("recorded");
    expect(await db().predicateMonitoring.findUniqueOrThrow({ where: { assessmentId: f.assessment.id } })).toMatchObject({ conclusion: "MASIH_MEMENUHI", recordedById: f.admin.id });
  });
});

describe("completeMonitoringReport", () => {
  it("refuses a date before the finalization or after today, changing nothing", async () => {
    const f = await setup();
    await openMonitoringAssessment({ db: db(), actorId: f.admin.id, input: { predicateId: f.held.id, periodId: f.period.id } });
    await answerEverything(db(), f.assessment.id);
    await finalizeAssessment({ db: db(), user: f.lead, input: { assessmentId: f.assessment.id, confirmations: NO_CONFIRMATIONS } });
    const row = await db().predicateMonitoring.findUniqueOrThrow({ where: { assessmentId: f.assessment.id } });
    const before = await snapshot();
    const complete = (monitoredOn: string) => completeMonitoringReport({ db: db(), actorId: f.admin.id, input: { monitoringId: row.id, reportNumber: "700/1", monitoredOn, notes: "Catatan cukup panjang." } });
    await expect(complete(`${f.period.year - 1}-06-01`)).rejects.toMatchObject({ fieldErrors: { monitoredOn: [expect.stringContaining("sebelum penilaian monitoring difinalkan")] } });
    await expect(complete("2999-01-01")).rejects.toMatchObject({ fieldErrors: { monitoredOn: [expect.stringContaining("tidak boleh setelah hari ini")] } });
    expect(await snapshot()).toEqual(before);
    expect(await db().predicateMonitoring.findUniqueOrThrow({ where: { id: row.id } })).toEqual(row);
  });
});
