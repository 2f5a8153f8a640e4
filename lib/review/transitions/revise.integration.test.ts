import { beforeEach, describe, expect, it } from "vitest";
import { Prisma } from "@/lib/db/generated/client";
import { NOT_RETURNED_REFUSAL } from "@/lib/assessment/access";
import { saveUnitAnswer } from "@/lib/assessment/save-answer";
import { submitAssessment } from "@/lib/assessment/submit";
import { createEvidenceLink, deleteEvidence } from "@/lib/evidence/mutations";
import { createTempStorage } from "@/lib/evidence/test-fixture";
import { PDF } from "@/lib/evidence/test-files";
import { uploadEvidence } from "@/lib/evidence/upload";
import { getTestDb, resetDatabase } from "@/tests/support/db";
import { returnAssessment } from "./return";
import { answerEverything, createTransitionFixture } from "./test-support";

beforeEach(resetDatabase);
const db = getTestDb;
const RETURNED = "A.I.1.i.a";
const KEPT = "A.I.1.i.b";
const key = (assessmentId: string, questionCode: string) => ({ assessmentId_questionCode: { assessmentId, questionCode } });

/** An assessment returned with one flagged question, and a link on a question that was not returned. */
async function returnedFixture() {
  const f = await createTransitionFixture(db());
  const id = f.assessment.id;
  await answerEverything(db(), id);
  await db().answer.update({ where: key(id, RETURNED), data: { tpiFlag: true, tpiNote: "Bukti tidak sesuai" } });
  const link = await db().evidence.create({ data: { assessmentId: id, questionCode: KEPT, kind: "LINK", url: "https://serangkab.go.id/bukti", uploadedById: f.operator.id } });
  await returnAssessment({ db: db(), user: f.lead, assessmentId: id });
  return { ...f, id, link };
}

const versionOf = async (assessmentId: string, code: string) => (await db().answer.findUniqueOrThrow({ where: key(assessmentId, code) })).version;

describe("a RETURNED assessment opens only the returned questions", () => {
  it("lets the unit change the returned question's answer and evidence", async () => {
    const f = await returnedFixture();
    const input = { assessmentId: f.id, questionCode: RETURNED, value: "TIDAK", note: "diperbaiki", expectedVersion: await versionOf(f.id, RETURNED) };
    expect((await saveUnitAnswer({ db: db(), user: f.operator, input })).status).toBe("saved");
    const item = await createEvidenceLink({ db: db(), user: f.operator, input: { assessmentId: f.id, questionCode: RETURNED, url: "https://serangkab.go.id/sk-baru" } });
    await deleteEvidence({ db: db(), user: f.operator, input: { assessmentId: f.id, evidenceId: item.id } });
    expect(await db().evidence.count({ where: { assessmentId: f.id, questionCode: RETURNED } })).toBe(0);
  });

  it("refuses the answer and the evidence of a question that was not returned, changing nothing", async () => {
    const f = await returnedFixture();
    const before = await db().answer.findUniqueOrThrow({ where: key(f.id, KEPT) });
    const input = { assessmentId: f.id, questionCode: KEPT, value: "TIDAK", note: null, expectedVersion: before.version };
    await expect(saveUnitAnswer({ db: db(), user: f.operator, input })).rejects.toThrow(NOT_RETURNED_REFUSAL);
    await expect(createEvidenceLink({ db: db(), user: f.operator, input: { assessmentId: f.id, questionCode: KEPT, url: "https://serangkab.go.id/lain" } })).rejects.toMatchObject({ status: 403, message: NOT_RETURNED_REFUSAL });
    await expect(deleteEvidence({ db: db(), user: f.operator, input: { assessmentId: f.id, evidenceId: f.link.id } })).rejects.toMatchObject({ status: 403, message: NOT_RETURNED_REFUSAL });
    expect(await db().answer.findUniqueOrThrow({ where: key(f.id, KEPT) })).toEqual(before);
    expect(await db().evidence.findMany({ where: { assessmentId: f.id }, select: { id: true } })).toEqual([{ id: f.link.id }]);
    expect(await db().auditEvent.count({ where: { assessmentId: f.id, action: { in: ["answer.unit_update", "evidence.link", "evidence.delete"] } } })).toBe(0);
  });

  it("uploads a file only to a returned question", async () => {
    const f = await returnedFixture();
    const temp = await createTempStorage();
    try {
      const upload = (questionCode: string) =>
        uploadEvidence({ db: db(), storage: temp.storage, tmpDir: temp.tmpDir, user: f.operator, assessmentId: f.id, questionCode, fileName: "sk.pdf", content: new Blob([PDF]).stream(), maxBytes: 1024 * 1024 });
      await expect(upload(KEPT)).rejects.toMatchObject({ status: 403, message: NOT_RETURNED_REFUSAL });
      expect(await db().evidence.count({ where: { assessmentId: f.id, kind: "FILE" } })).toBe(0);
      expect(await upload(RETURNED)).toMatchObject({ kind: "FILE", fileName: "sk.pdf" });
    } finally {
      await temp.remove();
    }
  });

  it("closes the returned question again once resubmitted", async () => {
    const f = await returnedFixture();
    await submitAssessment({ db: db(), user: f.operator, assessmentId: f.id });
    const input = { assessmentId: f.id, questionCode: RETURNED, value: "TIDAK", note: null, expectedVersion: await versionOf(f.id, RETURNED) };
    await expect(saveUnitAnswer({ db: db(), user: f.operator, input })).rejects.toThrow("LKE sudah diajukan dan terkunci");
  });

  it("refuses to resubmit while a returned question has no answer", async () => {
    const f = await returnedFixture();
    await db().answer.update({ where: key(f.id, RETURNED), data: { unitValue: Prisma.DbNull } });
    await expect(submitAssessment({ db: db(), user: f.operator, assessmentId: f.id })).rejects.toThrow(`Masih ada 1 pertanyaan yang dikembalikan TPI dan belum dijawab: ${RETURNED}.`);
    expect(await db().assessment.findUniqueOrThrow({ where: { id: f.id }, select: { state: true, round: true } })).toEqual({ state: "RETURNED", round: 1 });
  });

  it("lets the unit revise after the filling deadline, but not once the period is closed", async () => {
    const f = await returnedFixture();
    const late = new Date(f.period.deadline.getTime() + 86_400_000);
    const input = { assessmentId: f.id, questionCode: RETURNED, value: "TIDAK", note: null, expectedVersion: await versionOf(f.id, RETURNED) };
    expect((await saveUnitAnswer({ db: db(), user: f.operator, input, now: late })).status).toBe("saved");
    await db().period.update({ where: { id: f.period.id }, data: { status: "CLOSED" } });
    await expect(submitAssessment({ db: db(), user: f.operator, assessmentId: f.id })).rejects.toThrow("Periode evaluasi sudah ditutup");
  });
});
