import { beforeEach, describe, expect, it } from "vitest";
import { getTestDb, resetDatabase } from "@/tests/support/db";
import { acceptUnitAnswers } from "./accept-unit-answers";
import { saveTpiAnswer } from "./save-tpi-answer";
import { createReviewer, createReviewFixture, storeUnitAnswers } from "./test-support";

beforeEach(resetDatabase);

const db = () => getTestDb();
const tpiValues = async (assessmentId: string) => {
  const rows = await db().answer.findMany({ where: { assessmentId }, orderBy: { questionCode: "asc" }, select: { questionCode: true, tpiValue: true, version: true } });
  return Object.fromEntries(rows.map((r) => [r.questionCode, r.tpiValue]));
};

describe("acceptUnitAnswers", () => {
  it("copies the unit's value into every empty TPI answer of the indicator, leaves the TPI's own and other indicators alone, one audit event", async () => {
    const { assessment, reviewers: [tpi] } = await createReviewFixture(db());
    // Indicator A.I.1.ii has the questions a, b and c; A.I.1.iii is the next indicator of the same area.
    await storeUnitAnswers(db(), assessment.id, { "A.I.1.ii.a": "YA", "A.I.1.ii.b": "A", "A.I.1.ii.c": "B", "A.I.1.iii.a": "A" });
    await saveTpiAnswer({ db: db(), user: tpi!, input: { assessmentId: assessment.id, questionCode: "A.I.1.ii.b", value: "C", note: null, flag: true, expectedVersion: 1 } });
    const outcome = await acceptUnitAnswers({ db: db(), user: tpi!, input: { assessmentId: assessment.id, scope: "indicator", key: "A.I.1.ii" } });
    expect(outcome.accepted).toEqual(["A.I.1.ii.a", "A.I.1.ii.c"]);
    expect(await tpiValues(assessment.id)).toEqual({ "A.I.1.ii.a": "YA", "A.I.1.ii.b": "C", "A.I.1.ii.c": "B", "A.I.1.iii.a": null });
    const events = await db().auditEvent.findMany({ where: { action: "answer.tpi_accept_unit" } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ actorId: tpi!.id, after: { scope: "indicator", key: "A.I.1.ii", questions: ["A.I.1.ii.a", "A.I.1.ii.c"] } });
    expect((await db().answer.findFirstOrThrow({ where: { assessmentId: assessment.id, questionCode: "A.I.1.ii.a" } })).version).toBe(2);
  });

  it("accepts a whole area, moves SUBMITTED → IN_REVIEW, and does nothing the second time", async () => {
    const { assessment, reviewers: [tpi] } = await createReviewFixture(db());
    await storeUnitAnswers(db(), assessment.id, { "A.I.1.i.a": "YA", "A.I.1.iii.a": "A", "A.I.2.i.a": "B", "B.I.a.a": 3.2 });
    const input = { assessmentId: assessment.id, scope: "section" as const, key: "mp" as const };
    expect((await acceptUnitAnswers({ db: db(), user: tpi!, input })).accepted).toEqual(["A.I.1.i.a", "A.I.1.iii.a"]);
    expect(await tpiValues(assessment.id)).toEqual({ "A.I.1.i.a": "YA", "A.I.1.iii.a": "A", "A.I.2.i.a": null, "B.I.a.a": null });
    expect((await db().assessment.findUniqueOrThrow({ where: { id: assessment.id } })).state).toBe("IN_REVIEW");
    expect((await acceptUnitAnswers({ db: db(), user: tpi!, input })).accepted).toEqual([]);
    const actions = (await db().auditEvent.findMany({ orderBy: { id: "asc" } })).map((e) => e.action);
    expect(actions).toEqual(["assessment.start_review", "answer.tpi_accept_unit"]);
  });

  it("refuses an unassigned reviewer, a DRAFT assessment and an unknown indicator", async () => {
    const { assessment } = await createReviewFixture(db());
    const draft = await createReviewFixture(db(), { state: "DRAFT" });
    await storeUnitAnswers(db(), assessment.id, { "A.I.1.i.a": "YA" });
    await storeUnitAnswers(db(), draft.assessment.id, { "A.I.1.i.a": "YA" });
    const stranger = await createReviewer(db());
    await expect(acceptUnitAnswers({ db: db(), user: stranger, input: { assessmentId: assessment.id, scope: "indicator", key: "A.I.1.i" } })).rejects.toThrow("tidak ditugaskan");
    await expect(acceptUnitAnswers({ db: db(), user: draft.reviewers[0]!, input: { assessmentId: draft.assessment.id, scope: "indicator", key: "A.I.1.i" } })).rejects.toThrow("belum diajukan");
    await expect(acceptUnitAnswers({ db: db(), user: draft.reviewers[0]!, input: { assessmentId: draft.assessment.id, scope: "indicator", key: "Z.9" } })).rejects.toThrow("tidak ada dalam LKE");
    const rows = await db().answer.findMany({ select: { tpiValue: true } });
    expect(rows).toHaveLength(2);
    expect(rows.every((r) => r.tpiValue === null)).toBe(true);
  });
});
