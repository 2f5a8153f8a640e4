import { beforeEach, describe, expect, it } from "vitest";
import { DomainError } from "@/lib/errors";
import { createAssessmentFixture } from "@/tests/support/assessment-fixture";
import { getTestDb, resetDatabase } from "@/tests/support/db";
import { saveUnitAnswer } from "./save-answer";

beforeEach(resetDatabase);

const stored = async (assessmentId: string, questionCode: string) =>
  getTestDb().answer.findUnique({ where: { assessmentId_questionCode: { assessmentId, questionCode } }, select: { unitValue: true, unitNote: true, version: true } });

describe("saveUnitAnswer", () => {
  it("saves every answer type, bumps the version, and audits the change", async () => {
    const db = getTestDb();
    const { assessment, user } = await createAssessmentFixture(db);
    const base = { assessmentId: assessment.id, note: null };
    expect(await saveUnitAnswer({ db, user, input: { ...base, questionCode: "A.I.1.i.a", value: "YA", expectedVersion: 0 } })).toMatchObject({ status: "saved", version: 1 });
    await saveUnitAnswer({ db, user, input: { ...base, questionCode: "A.II.1.i.a", value: { jumlah_agen_perubahan: 10, jumlah_perubahan_dibuat: 7 }, expectedVersion: 0 } });
    await saveUnitAnswer({ db, user, input: { ...base, questionCode: "B.I.a.a", value: 3.45, expectedVersion: 0 } });
    const second = await saveUnitAnswer({ db, user, input: { ...base, questionCode: "A.I.1.i.a", value: "TIDAK", note: "belum ada SK", expectedVersion: 1 } });
    expect(second).toMatchObject({ status: "saved", version: 2 });
    expect(await stored(assessment.id, "A.I.1.i.a")).toEqual({ unitValue: "TIDAK", unitNote: "belum ada SK", version: 2 });
    expect(await stored(assessment.id, "A.II.1.i.a")).toMatchObject({ unitValue: { jumlah_agen_perubahan: 10, jumlah_perubahan_dibuat: 7 } });
    const events = await db.auditEvent.findMany({ where: { action: "answer.unit_update", assessmentId: assessment.id }, orderBy: { id: "asc" } });
    expect(events).toHaveLength(4);
    expect(events[3]).toMatchObject({ before: { value: "YA", note: null }, after: { value: "TIDAK", note: "belum ada SK" }, actorId: user.id });
  });

  it("returns the other person's answer instead of overwriting it (optimistic locking)", async () => {
    const db = getTestDb();
    const { assessment, user } = await createAssessmentFixture(db);
    const colleague = { ...user, id: (await db.user.create({ data: { name: "Rekan Kerja", email: "rekan@serang.demo", role: "OPERATOR", unitId: user.unitId, passwordHash: "x" } })).id, name: "Rekan Kerja" };
    const input = { assessmentId: assessment.id, questionCode: "A.I.1.i.b", note: null, expectedVersion: 0 };
    await saveUnitAnswer({ db, user: colleague, input: { ...input, value: "A" } });
    const mine = await saveUnitAnswer({ db, user, input: { ...input, value: "C" } });
    expect(mine).toMatchObject({ status: "conflict", current: { value: "A", version: 1, by: "Rekan Kerja" } });
    expect(await stored(assessment.id, "A.I.1.i.b")).toMatchObject({ unitValue: "A", version: 1 });
  });

  it("lets exactly one of two simultaneous first saves win", async () => {
    const db = getTestDb();
    const { assessment, user } = await createAssessmentFixture(db);
    const input = (value: string) => ({ assessmentId: assessment.id, questionCode: "A.I.1.i.b", value, note: null, expectedVersion: 0 });
    const outcomes = await Promise.all([saveUnitAnswer({ db, user, input: input("A") }), saveUnitAnswer({ db, user, input: input("B") })]);
    expect(outcomes.map((o) => o.status).sort()).toEqual(["conflict", "saved"]);
    expect((await stored(assessment.id, "A.I.1.i.b"))?.version).toBe(1);
  });

  it.each([
    ["an option outside the scale", "A.I.1.i.a", "A", /pilihan "A" tidak sah/],
    ["a negative count", "A.II.4.i.a", { jumlah_sasaran_kinerja: -1, jumlah_sasaran_tercapai: 0 }, /tidak boleh negatif/],
    ["a fractional count", "A.II.4.i.a", { jumlah_sasaran_kinerja: 2.5, jumlah_sasaran_tercapai: 1 }, /bilangan bulat/],
    ["an index above 4", "B.II.a.a", 4.2, /di luar rentang 0–4/],
    ["an unknown question", "Z.9", "YA", /tidak ada dalam LKE/],
  ])("refuses %s and keeps what was saved", async (_name, questionCode, value, message) => {
    const db = getTestDb();
    const { assessment, user } = await createAssessmentFixture(db);
    const attempt = saveUnitAnswer({ db, user, input: { assessmentId: assessment.id, questionCode, value, note: null, expectedVersion: 0 } });
    await expect(attempt).rejects.toBeInstanceOf(DomainError);
    await expect(attempt).rejects.toThrow(message);
    expect(await db.answer.count()).toBe(0);
  });

  it("accepts a zero denominator: the formula's rule decides the value", async () => {
    const db = getTestDb();
    const { assessment, user } = await createAssessmentFixture(db);
    const outcome = await saveUnitAnswer({ db, user, input: { assessmentId: assessment.id, questionCode: "A.II.4.i.a", value: { jumlah_sasaran_kinerja: 0, jumlah_sasaran_tercapai: 0 }, note: null, expectedVersion: 0 } });
    expect(outcome.status).toBe("saved");
  });

  it("refuses another unit's operator, a submitted LKE, a passed deadline and a closed period", async () => {
    const db = getTestDb();
    const own = await createAssessmentFixture(db);
    const other = await createAssessmentFixture(db);
    const submitted = await createAssessmentFixture(db, { state: "SUBMITTED" });
    const late = await createAssessmentFixture(db, { deadline: new Date(Date.now() - 60_000) });
    const closed = await createAssessmentFixture(db);
    await db.period.update({ where: { id: closed.period.id }, data: { status: "CLOSED" } });
    const input = (assessmentId: string) => ({ assessmentId, questionCode: "A.I.1.i.a", value: "YA", note: null, expectedVersion: 0 });
    await expect(saveUnitAnswer({ db, user: own.user, input: input(other.assessment.id) })).rejects.toThrow("Penilaian tidak ditemukan atau bukan milik unit Anda.");
    await expect(saveUnitAnswer({ db, user: submitted.user, input: input(submitted.assessment.id) })).rejects.toThrow(/sudah diajukan dan terkunci/);
    await expect(saveUnitAnswer({ db, user: late.user, input: input(late.assessment.id) })).rejects.toThrow(/Batas waktu pengisian sudah lewat/);
    await expect(saveUnitAnswer({ db, user: closed.user, input: input(closed.assessment.id) })).rejects.toThrow(/Periode evaluasi sudah ditutup/);
    expect(await db.answer.count()).toBe(0);
  });
});
