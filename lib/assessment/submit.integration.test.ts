import { beforeEach, describe, expect, it } from "vitest";
import { listQuestionEntries } from "@/lib/lke/walk";
import { getLkeVersion } from "@/lib/lke/versions";
import { createAssessmentFixture } from "@/tests/support/assessment-fixture";
import { getTestDb, resetDatabase } from "@/tests/support/db";
import { getSubmitReadiness, submitAssessment } from "./submit";

beforeEach(resetDatabase);

const lke = getLkeVersion("pm90-2021")!;

/** Stores an answer for every question (the worst one), as a unit that filled in everything. */
async function answerAll(assessmentId: string, except: string[] = []) {
  const data = listQuestionEntries(lke)
    .map((e) => e.question)
    .filter((q) => !except.includes(q.code))
    .map((q) => {
      const value =
        q.type === "PERCENT" ? Object.fromEntries((q.inputs ?? []).filter((i) => !i.unused).map((i) => [i.key, 0]))
        : q.type === "SURVEY_INDEX" ? 0
        : q.options!.at(-1)!.code;
      return { assessmentId, questionCode: q.code, unitValue: value };
    });
  await getTestDb().answer.createMany({ data });
}

describe("submitAssessment", () => {
  it("is blocked while questions are unanswered, and names them", async () => {
    const db = getTestDb();
    const { assessment, user } = await createAssessmentFixture(db);
    await answerAll(assessment.id, ["A.I.1.i.a", "B.II.a.a"]);
    await expect(submitAssessment({ db, user, assessmentId: assessment.id })).rejects.toThrow("Masih ada 2 pertanyaan yang belum dijawab: A.I.1.i.a, B.II.a.a.");
    expect((await db.assessment.findUniqueOrThrow({ where: { id: assessment.id } })).state).toBe("DRAFT");
  });

  it("warns about answers without evidence but does not block", async () => {
    const db = getTestDb();
    const { assessment, user } = await createAssessmentFixture(db);
    await answerAll(assessment.id);
    await db.evidence.create({ data: { assessmentId: assessment.id, questionCode: "A.I.1.i.a", kind: "LINK", url: "https://serangkab.go.id/sk-tim-zi", uploadedById: user.id } });
    const readiness = await getSubmitReadiness({ db, lke, assessmentId: assessment.id });
    expect(readiness.unanswered).toEqual([]);
    expect(readiness.withoutEvidence).toHaveLength(112);
    expect(readiness.withoutEvidence).not.toContain("A.I.1.i.a");
  });

  it("submits once when clicked twice, and locks the answers", async () => {
    const db = getTestDb();
    const { assessment, user } = await createAssessmentFixture(db);
    await answerAll(assessment.id);
    const outcomes = await Promise.all([submitAssessment({ db, user, assessmentId: assessment.id }), submitAssessment({ db, user, assessmentId: assessment.id })]);
    expect(outcomes.map((o) => o.alreadySubmitted).sort()).toEqual([false, true]);
    const after = await db.assessment.findUniqueOrThrow({ where: { id: assessment.id } });
    expect(after.state).toBe("SUBMITTED");
    expect(after.submittedAt).toBeInstanceOf(Date);
    expect(await db.auditEvent.count({ where: { action: "assessment.submit", assessmentId: assessment.id } })).toBe(1);
  });

  it("refuses another unit's assessment and a passed deadline", async () => {
    const db = getTestDb();
    const mine = await createAssessmentFixture(db);
    const theirs = await createAssessmentFixture(db);
    await answerAll(theirs.assessment.id);
    await expect(submitAssessment({ db, user: mine.user, assessmentId: theirs.assessment.id })).rejects.toThrow("bukan milik unit Anda");
    const late = await createAssessmentFixture(db, { deadline: new Date(Date.now() - 1000) });
    await answerAll(late.assessment.id);
    await expect(submitAssessment({ db, user: late.user, assessmentId: late.assessment.id })).rejects.toThrow(/Batas waktu/);
    expect(await db.assessment.count({ where: { state: "SUBMITTED" } })).toBe(0);
  });
});
