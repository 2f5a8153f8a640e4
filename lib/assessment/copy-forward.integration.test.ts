import { beforeEach, describe, expect, it } from "vitest";
import { attempt, auditTrail } from "@/lib/admin/test-support";
import type { SessionUser } from "@/lib/auth/session";
import type { AssessmentState, PeriodStatus } from "@/lib/db/generated/enums";
import { seedDatabase } from "@/lib/seed/seed";
import { getTestDb, resetDatabase } from "@/tests/support/db";
import { requireEditableAssessment } from "./access";
import { copyForward, CopyForwardSchema, findCopySource } from "./copy-forward";

const db = () => getTestDb();
const DAY = 24 * 60 * 60 * 1000;
const SHA = "a".repeat(64);
let operator: SessionUser;
let dinkesId: string;

async function period(year: number, status: PeriodStatus = "OPEN") {
  return db().period.create({ data: { year, name: `Evaluasi ${year}`, lkeVersionId: "pm90-2021", deadline: new Date(Date.now() + 30 * DAY), status } });
}

async function assessment(year: number, unitId = dinkesId, state: AssessmentState = "DRAFT", status: PeriodStatus = "OPEN") {
  const p = await period(year, status);
  return db().assessment.create({ data: { periodId: p.id, unitId, state } });
}

/** Last year's LKE of Dinkes: three answers that still fit, three that do not, and three pieces of evidence. */
async function lastYear() {
  const source = await assessment(2024, dinkesId, "FINAL", "CLOSED");
  const answer = (questionCode: string, unitValue: string | number | Record<string, number> | null, unitNote: string | null = null) => ({ assessmentId: source.id, questionCode, unitValue: unitValue ?? undefined, unitNote, tpiValue: "TIDAK", tpiNote: "catatan TPI" });
  await db().answer.createMany({
    data: [
      answer("A.I.1.i.a", "YA", "SK Tim Kerja ZI 2024"),
      answer("A.II.1.i.a", { jumlah_agen_perubahan: 10, jumlah_perubahan_dibuat: 4 }),
      answer("A.I.1.iii.a", null, "Belum dinilai; catatan saja"),
      answer("A.I.1.i.b", "Z", "pilihan lama"),
      answer("B.I.a.a", 9),
      answer("X.9.9", "YA", "pertanyaan yang sudah dihapus"),
    ],
  });
  await db().evidence.createMany({
    data: [
      { assessmentId: source.id, questionCode: "A.I.1.i.a", kind: "LINK", url: "https://serangkab.go.id/sk-zi", uploadedById: operator.id },
      { assessmentId: source.id, questionCode: "A.I.1.i.a", kind: "FILE", fileName: "sk.pdf", mimeType: "application/pdf", size: 1234, sha256: SHA, uploadedById: operator.id },
      { assessmentId: source.id, questionCode: "X.9.9", kind: "LINK", url: "https://serangkab.go.id/lama", uploadedById: operator.id },
    ],
  });
  return source;
}

const copy = (assessmentId: string, unitId = dinkesId) =>
  attempt(CopyForwardSchema, (input) => copyForward({ db: db(), actorId: operator.id, unitId, assessmentId: input.assessmentId }), { assessmentId });

beforeEach(async () => {
  await resetDatabase();
  await seedDatabase({ db: db(), demo: false });
  dinkesId = (await db().unit.create({ data: { code: "DINKES", name: "Dinas Kesehatan", kind: "OPD" } })).id;
  const user = await db().user.create({ data: { name: "Operator Dinkes", role: "OPERATOR", unitId: dinkesId, email: "op@serang.test", passwordHash: "x" } });
  operator = { id: user.id, name: user.name, role: "OPERATOR", unitId: dinkesId, unitName: "Dinas Kesehatan" };
});

describe("findCopySource", () => {
  it("names the most recent earlier period of the same unit that has answers", async () => {
    const older = await assessment(2023);
    await db().answer.create({ data: { assessmentId: older.id, questionCode: "A.I.1.i.a", unitValue: "TIDAK" } });
    const target = await assessment(2025);
    expect(await findCopySource({ db: db(), assessmentId: target.id })).toMatchObject({ year: 2023, answerCount: 1 });
    const source = await lastYear();
    expect(await findCopySource({ db: db(), assessmentId: target.id })).toEqual({ assessmentId: source.id, year: 2024, periodName: "Evaluasi 2024", answerCount: 6 });
    const bapenda = await db().unit.create({ data: { code: "BAPENDA", name: "Badan Pendapatan Daerah", kind: "OPD" } });
    const other = await db().assessment.create({ data: { periodId: target.periodId, unitId: bapenda.id } });
    expect(await findCopySource({ db: db(), assessmentId: other.id })).toBeNull();
  });
});

describe("copyForward", () => {
  it("copies values, notes, links and files marked for re-check, and skips what the LKE no longer takes", async () => {
    const source = await lastYear();
    const target = await assessment(2025);
    expect(await copy(target.id)).toEqual({ ok: true, data: { answers: 3, evidence: 2, skipped: 3 } });

    const answers = await db().answer.findMany({ where: { assessmentId: target.id }, orderBy: { questionCode: "asc" } });
    expect(answers).toMatchObject([
      { questionCode: "A.I.1.i.a", unitValue: "YA", unitNote: "SK Tim Kerja ZI 2024", needsRecheck: true, tpiValue: null, tpiNote: null, unitUpdatedById: operator.id },
      { questionCode: "A.I.1.iii.a", unitValue: null, unitNote: "Belum dinilai; catatan saja", needsRecheck: true },
      { questionCode: "A.II.1.i.a", unitValue: { jumlah_agen_perubahan: 10, jumlah_perubahan_dibuat: 4 }, unitNote: null, needsRecheck: true },
    ]);
    const evidence = await db().evidence.findMany({ where: { assessmentId: target.id }, orderBy: { kind: "asc" } });
    expect(evidence).toMatchObject([
      { kind: "FILE", questionCode: "A.I.1.i.a", sha256: SHA, fileName: "sk.pdf", mimeType: "application/pdf", size: 1234, needsRecheck: true },
      { kind: "LINK", questionCode: "A.I.1.i.a", url: "https://serangkab.go.id/sk-zi", needsRecheck: true },
    ]);
    expect(await db().answer.count({ where: { assessmentId: source.id } })).toBe(6);
    expect(await auditTrail()).toMatchObject([
      { action: "assessment.copy_forward", entityId: target.id, actorId: operator.id, after: { answers: 3, evidence: 2, skipped: 3, sourceYear: 2024, skippedCodes: ["A.I.1.i.b", "B.I.a.a", "X.9.9"] } },
    ]);
  });

  it("refuses a target that already has answers, or was submitted, or whose period is closed or past its deadline", async () => {
    await lastYear();
    const filled = await assessment(2025);
    await db().answer.create({ data: { assessmentId: filled.id, questionCode: "A.I.1.i.a", unitValue: "TIDAK" } });
    expect(await copy(filled.id)).toMatchObject({ ok: false, error: expect.stringContaining("masih kosong") });
    expect(await copy((await assessment(2026, dinkesId, "SUBMITTED")).id)).toMatchObject({ ok: false, error: expect.stringContaining("terkunci") });
    expect(await copy((await assessment(2027, dinkesId, "DRAFT", "CLOSED")).id)).toMatchObject({ ok: false, error: expect.stringContaining("ditutup") });
    const late = await assessment(2028);
    await db().period.update({ where: { id: late.periodId }, data: { deadline: new Date(Date.now() - DAY) } });
    expect(await copy(late.id)).toMatchObject({ ok: false, error: expect.stringContaining("Batas waktu") });
    expect(await db().answer.count({ where: { assessment: { period: { year: { gt: 2024 } } } } })).toBe(1);
    expect(await db().evidence.count({ where: { assessment: { period: { year: { gt: 2024 } } } } })).toBe(0);
    expect(await auditTrail()).toEqual([]);
  });

  it("refuses another unit's assessment, both in the access check and in copyForward's own scope", async () => {
    const bapenda = await db().unit.create({ data: { code: "BAPENDA", name: "Badan Pendapatan Daerah", kind: "OPD" } });
    await lastYear();
    const theirs = await assessment(2025, bapenda.id);
    await expect(requireEditableAssessment({ db: db(), user: operator, assessmentId: theirs.id })).rejects.toThrow("bukan milik unit Anda");
    expect(await copy(theirs.id)).toMatchObject({ ok: false, error: expect.stringContaining("bukan milik unit Anda") });
    expect(await copy(theirs.id, bapenda.id)).toMatchObject({ ok: false, error: expect.stringContaining("Belum ada jawaban") });
    expect(await db().answer.count({ where: { assessmentId: theirs.id } })).toBe(0);
    expect(await auditTrail()).toEqual([]);
  });

  it("refuses a second copy into the same assessment", async () => {
    await lastYear();
    const target = await assessment(2025);
    expect((await copy(target.id)).ok).toBe(true);
    expect(await copy(target.id)).toMatchObject({ ok: false, error: expect.stringContaining("masih kosong") });
    expect(await db().answer.count({ where: { assessmentId: target.id } })).toBe(3);
  });
});
