import { randomUUID } from "node:crypto";
import { beforeEach, describe, expect, it } from "vitest";
import { saveTpiAnswer } from "@/lib/review/save-tpi-answer";
import { createAssessmentFixture } from "@/tests/support/assessment-fixture";
import { getTestDb, resetDatabase } from "@/tests/support/db";
import { saveUnitAnswer } from "./save-answer";

// Idempotency keys on saves (lib/assessment/save-key.ts) against the real database.

beforeEach(resetDatabase);

const CODE = "A.I.1.i.b";

async function fixture() {
  const db = getTestDb();
  const { assessment, user } = await createAssessmentFixture(db);
  const input = (value: string, expectedVersion: number, keys: { saveKey?: string; unconfirmedKeys?: string[] }) => ({ assessmentId: assessment.id, questionCode: CODE, value, note: null, expectedVersion, ...keys });
  const state = async () => ({
    answer: await db.answer.findUnique({ where: { assessmentId_questionCode: { assessmentId: assessment.id, questionCode: CODE } }, select: { unitValue: true, version: true, lastSaveKey: true } }),
    events: await db.auditEvent.count({ where: { action: "answer.unit_update", assessmentId: assessment.id } }),
  });
  return { db, assessment, user, input, state };
}

describe("saves with an idempotency key", () => {
  it("writes once for the same key sent twice; the retry answers saved with that version", async () => {
    const { db, user, input, state } = await fixture();
    const key = randomUUID();
    const first = await saveUnitAnswer({ db, user, input: input("B", 0, { saveKey: key }) });
    const retry = await saveUnitAnswer({ db, user, input: input("B", 0, { saveKey: key }) });
    expect(first).toMatchObject({ status: "saved", version: 1 });
    expect(retry).toEqual({ status: "saved", version: 1, savedAt: (first as { savedAt: Date }).savedAt });
    expect(await state()).toEqual({ answer: { unitValue: "B", version: 1, lastSaveKey: key }, events: 1 });

    // The same holds once the answer exists: the retry of an update is not a second update.
    const second = randomUUID();
    await saveUnitAnswer({ db, user, input: input("C", 1, { saveKey: second }) });
    expect(await saveUnitAnswer({ db, user, input: input("C", 1, { saveKey: second }) })).toMatchObject({ status: "saved", version: 2 });
    expect(await state()).toEqual({ answer: { unitValue: "C", version: 2, lastSaveKey: second }, events: 2 });
  });

  it("is a conflict for a different key on a stale version", async () => {
    const { db, user, input, state } = await fixture();
    await saveUnitAnswer({ db, user, input: input("A", 0, { saveKey: randomUUID() }) });
    const stale = await saveUnitAnswer({ db, user, input: input("C", 0, { saveKey: randomUUID() }) });
    expect(stale).toMatchObject({ status: "conflict", current: { value: "A", version: 1 } });
    expect(await state()).toMatchObject({ answer: { unitValue: "A", version: 1 }, events: 1 });
  });

  it("builds on the tab's own unconfirmed save instead of reporting it as someone else's", async () => {
    const { db, user, input, state } = await fixture();
    const lost = randomUUID(); // committed, but the tab only saw an error
    await saveUnitAnswer({ db, user, input: input("A", 0, { saveKey: lost }) });
    const next = await saveUnitAnswer({ db, user, input: input("C", 0, { saveKey: randomUUID(), unconfirmedKeys: [lost] }) });
    expect(next).toMatchObject({ status: "saved", version: 2 });
    expect(await state()).toMatchObject({ answer: { unitValue: "C", version: 2 }, events: 2 });
  });

  it("forgets a key when another writer moves the version, so a late retry meets a real conflict", async () => {
    const { db, assessment, user, input, state } = await fixture();
    const key = randomUUID();
    await saveUnitAnswer({ db, user, input: input("A", 0, { saveKey: key }) });
    await db.answer.updateMany({ where: { assessmentId: assessment.id, questionCode: CODE }, data: { unitValue: "B", version: { increment: 1 } } }); // a writer with no key
    expect((await state()).answer).toEqual({ unitValue: "B", version: 2, lastSaveKey: null });
    const late = await saveUnitAnswer({ db, user, input: input("A", 0, { saveKey: key }) });
    expect(late).toMatchObject({ status: "conflict", current: { value: "B", version: 2 } });
  });

  it("keys the TPI's review saves the same way", async () => {
    const { db, assessment, state } = await fixture();
    const unit = await db.unit.create({ data: { code: "INSP-KEY", name: "Inspektorat", kind: "INSPEKTORAT" } });
    const tpi = await db.user.create({ data: { name: "Penilai", email: "penilai@contoh.go.id", role: "TPI", unitId: unit.id, passwordHash: "x" } });
    await db.reviewAssignment.create({ data: { reviewerId: tpi.id, unitId: assessment.unitId, periodId: assessment.periodId, isLead: true } });
    await db.assessment.update({ where: { id: assessment.id }, data: { state: "SUBMITTED", submittedAt: new Date() } });
    const user = { id: tpi.id, name: tpi.name, role: "TPI" as const, unitId: unit.id, unitName: unit.name };
    const key = randomUUID();
    const input = { assessmentId: assessment.id, questionCode: CODE, value: "B", note: "cek SK", flag: true, expectedVersion: 0, saveKey: key };
    expect(await saveTpiAnswer({ db, user, input })).toMatchObject({ status: "saved", version: 1 });
    expect(await saveTpiAnswer({ db, user, input })).toMatchObject({ status: "saved", version: 1 });
    expect((await state()).answer).toMatchObject({ version: 1, lastSaveKey: key });
    expect(await db.auditEvent.count({ where: { action: "answer.tpi_update" } })).toBe(1);
  });
});
