import { beforeEach, describe, expect, it } from "vitest";
import { getTestDb, resetDatabase } from "@/tests/support/db";
import { returnAssessment } from "./return";
import { answerEverything, createTransitionFixture } from "./test-support";

beforeEach(resetDatabase);
const db = getTestDb;

async function flag(assessmentId: string, code: string, note: string) {
  await db().answer.update({ where: { assessmentId_questionCode: { assessmentId, questionCode: code } }, data: { tpiFlag: true, tpiNote: note } });
}

async function snapshot(assessmentId: string) {
  const [assessment, answers, events] = await Promise.all([
    db().assessment.findUniqueOrThrow({ where: { id: assessmentId }, select: { state: true, round: true } }),
    db().answer.findMany({ where: { assessmentId }, orderBy: { questionCode: "asc" }, select: { questionCode: true, returnedRound: true, returnedSnapshot: true, version: true } }),
    db().auditEvent.count({ where: { assessmentId } }),
  ]);
  return { assessment, answers, events };
}

describe("returnAssessment", () => {
  it("sends the flagged questions back, by any assigned reviewer, with their notes audited", async () => {
    const f = await createTransitionFixture(db());
    await answerEverything(db(), f.assessment.id);
    await flag(f.assessment.id, "A.I.1.i.a", "SK Tim belum ditandatangani");
    await flag(f.assessment.id, "A.II.4.i.a", "Sasaran kinerja tidak sesuai Renstra");

    const { returned } = await returnAssessment({ db: db(), user: f.member, assessmentId: f.assessment.id });

    expect(returned).toEqual([{ code: "A.I.1.i.a", note: "SK Tim belum ditandatangani" }, { code: "A.II.4.i.a", note: "Sasaran kinerja tidak sesuai Renstra" }]);
    expect((await db().assessment.findUniqueOrThrow({ where: { id: f.assessment.id } })).state).toBe("RETURNED");
    const back = await db().answer.findMany({ where: { assessmentId: f.assessment.id, returnedRound: { not: null } }, orderBy: { questionCode: "asc" } });
    expect(back.map((a) => [a.questionCode, a.returnedRound, a.returnedSnapshot])).toEqual([
      ["A.I.1.i.a", 1, { value: "YA", note: null }],
      ["A.II.4.i.a", 1, { value: { jumlah_sasaran_kinerja: 1, jumlah_sasaran_tercapai: 1 }, note: null }],
    ]);
    const event = await db().auditEvent.findFirstOrThrow({ where: { action: "assessment.return", assessmentId: f.assessment.id } });
    expect(event).toMatchObject({ actorId: f.member.id, before: { state: "IN_REVIEW" }, after: { state: "RETURNED", round: 1, questions: returned } });
  });

  it("refuses a reviewer not assigned to the unit, and changes nothing", async () => {
    const f = await createTransitionFixture(db());
    await answerEverything(db(), f.assessment.id);
    await flag(f.assessment.id, "A.I.1.i.a", "perlu perbaikan");
    const before = await snapshot(f.assessment.id);
    await expect(returnAssessment({ db: db(), user: f.outsider, assessmentId: f.assessment.id })).rejects.toThrow("Anda tidak ditugaskan mereviu unit ini");
    await expect(returnAssessment({ db: db(), user: f.operator, assessmentId: f.assessment.id })).rejects.toThrow("Hanya TPI yang ditugaskan");
    expect(await snapshot(f.assessment.id)).toEqual(before);
  });

  it("refuses from the wrong state with the state named, and changes nothing", async () => {
    const f = await createTransitionFixture(db(), { state: "DRAFT" });
    await answerEverything(db(), f.assessment.id);
    await flag(f.assessment.id, "A.I.1.i.a", "perlu perbaikan");
    const before = await snapshot(f.assessment.id);
    await expect(returnAssessment({ db: db(), user: f.lead, assessmentId: f.assessment.id })).rejects.toThrow("LKE berstatus Draf; hanya LKE yang sedang direviu yang dapat dikembalikan.");
    expect(await snapshot(f.assessment.id)).toEqual(before);
  });

  it("refuses when no question is flagged", async () => {
    const f = await createTransitionFixture(db());
    await answerEverything(db(), f.assessment.id);
    const before = await snapshot(f.assessment.id);
    await expect(returnAssessment({ db: db(), user: f.lead, assessmentId: f.assessment.id })).rejects.toThrow("Belum ada pertanyaan yang ditandai perlu perbaikan");
    expect(await snapshot(f.assessment.id)).toEqual(before);
  });
});
