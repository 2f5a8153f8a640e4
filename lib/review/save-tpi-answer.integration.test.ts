import { beforeEach, describe, expect, it } from "vitest";
import { DomainError } from "@/lib/errors";
import { getTestDb, resetDatabase } from "@/tests/support/db";
import { saveTpiAnswer } from "./save-tpi-answer";
import { createReviewer, createReviewFixture, storeUnitAnswers } from "./test-support";

beforeEach(resetDatabase);

const db = () => getTestDb();
const stored = (assessmentId: string, questionCode: string) =>
  db().answer.findUnique({ where: { assessmentId_questionCode: { assessmentId, questionCode } }, select: { unitValue: true, tpiValue: true, tpiNote: true, tpiFlag: true, version: true } });

describe("saveTpiAnswer", () => {
  it("saves the TPI's value, note and flag beside the unit's, returns the TPI score, and moves SUBMITTED → IN_REVIEW once", async () => {
    const { assessment, reviewers: [tpi] } = await createReviewFixture(db());
    await storeUnitAnswers(db(), assessment.id, { "A.I.1.i.a": "YA", "A.I.1.i.b": "A" });
    const base = { assessmentId: assessment.id, note: null, flag: false };
    const first = await saveTpiAnswer({ db: db(), user: tpi!, input: { ...base, questionCode: "A.I.1.i.a", value: "TIDAK", note: " SK belum ditandatangani ", flag: true, expectedVersion: 1 } });
    expect(first).toMatchObject({ status: "saved", version: 2, summary: { total: 0, answered: 1, questionValue: 0 } });
    expect(await stored(assessment.id, "A.I.1.i.a")).toEqual({ unitValue: "YA", tpiValue: "TIDAK", tpiNote: "SK belum ditandatangani", tpiFlag: true, version: 2 });
    const second = await saveTpiAnswer({ db: db(), user: tpi!, input: { ...base, questionCode: "A.I.1.i.b", value: "A", expectedVersion: 1 } });
    expect(second.status).toBe("saved");
    if (second.status === "saved") expect(second.summary.total).toBeGreaterThan(0);
    expect((await db().assessment.findUniqueOrThrow({ where: { id: assessment.id } })).state).toBe("IN_REVIEW");
    const events = await db().auditEvent.findMany({ where: { assessmentId: assessment.id }, orderBy: { id: "asc" } });
    expect(events.map((e) => e.action)).toEqual(["assessment.start_review", "answer.tpi_update", "answer.tpi_update"]);
    expect(events[1]).toMatchObject({ actorId: tpi!.id, before: { value: null, note: null, flag: false }, after: { value: "TIDAK", note: "SK belum ditandatangani", flag: true } });
  });

  it("gives a value to a question the unit left empty", async () => {
    const { assessment, reviewers: [tpi] } = await createReviewFixture(db(), { state: "IN_REVIEW" });
    const outcome = await saveTpiAnswer({ db: db(), user: tpi!, input: { assessmentId: assessment.id, questionCode: "B.I.a.a", value: 2.5, note: null, flag: false, expectedVersion: 0 } });
    expect(outcome).toMatchObject({ status: "saved", version: 1 });
    expect(await stored(assessment.id, "B.I.a.a")).toMatchObject({ unitValue: null, tpiValue: 2.5 });
  });

  it("returns the other reviewer's answer instead of overwriting it", async () => {
    const { assessment, reviewers: [first, second] } = await createReviewFixture(db(), { reviewers: 2 });
    await storeUnitAnswers(db(), assessment.id, { "A.I.1.i.b": "A" });
    const input = { assessmentId: assessment.id, questionCode: "A.I.1.i.b", note: null, flag: false, expectedVersion: 1 };
    await saveTpiAnswer({ db: db(), user: first!, input: { ...input, value: "B", note: "sebagian" } });
    const mine = await saveTpiAnswer({ db: db(), user: second!, input: { ...input, value: "C" } });
    expect(mine).toMatchObject({ status: "conflict", current: { value: "B", note: "sebagian", version: 2, by: first!.name } });
    expect(await stored(assessment.id, "A.I.1.i.b")).toMatchObject({ tpiValue: "B", version: 2 });
  });

  it("lets exactly one of two simultaneous first saves win", async () => {
    const { assessment, reviewers: [first, second] } = await createReviewFixture(db(), { reviewers: 2 });
    const input = (value: string) => ({ assessmentId: assessment.id, questionCode: "A.I.1.i.b", value, note: null, flag: false, expectedVersion: 0 });
    const outcomes = await Promise.all([saveTpiAnswer({ db: db(), user: first!, input: input("A") }), saveTpiAnswer({ db: db(), user: second!, input: input("C") })]);
    expect(outcomes.map((o) => o.status).sort()).toEqual(["conflict", "saved"]);
    expect((await stored(assessment.id, "A.I.1.i.b"))?.version).toBe(1);
  });

  it("refuses an unassigned reviewer and a non-TPI user, and writes nothing", async () => {
    const { assessment, user: operator } = await createReviewFixture(db());
    const stranger = await createReviewer(db());
    const input = { assessmentId: assessment.id, questionCode: "A.I.1.i.a", value: "YA", note: null, flag: false, expectedVersion: 0 };
    await expect(saveTpiAnswer({ db: db(), user: stranger, input })).rejects.toThrow("tidak ditugaskan kepada Anda");
    await expect(saveTpiAnswer({ db: db(), user: operator, input })).rejects.toThrow("Hanya anggota TPI");
    expect(await db().answer.count()).toBe(0);
    expect((await db().assessment.findUniqueOrThrow({ where: { id: assessment.id } })).state).toBe("SUBMITTED");
  });

  it("refuses an assignment in another period of the same unit", async () => {
    const { assessment, unit } = await createReviewFixture(db(), { reviewers: 0 });
    const reviewer = await createReviewer(db());
    const other = await db().period.create({ data: { year: 1999, name: "Evaluasi 1999", lkeVersionId: "pm90-2021", deadline: new Date() } });
    await db().reviewAssignment.create({ data: { periodId: other.id, unitId: unit.id, reviewerId: reviewer.id } });
    const input = { assessmentId: assessment.id, questionCode: "A.I.1.i.a", value: "YA", note: null, flag: false, expectedVersion: 0 };
    await expect(saveTpiAnswer({ db: db(), user: reviewer, input })).rejects.toThrow("tidak ditugaskan kepada Anda");
  });

  it.each(["DRAFT", "RETURNED", "FINAL"] as const)("refuses a %s assessment", async (state) => {
    const { assessment, reviewers: [tpi] } = await createReviewFixture(db(), { state });
    const attempt = saveTpiAnswer({ db: db(), user: tpi!, input: { assessmentId: assessment.id, questionCode: "A.I.1.i.a", value: "YA", note: null, flag: false, expectedVersion: 0 } });
    await expect(attempt).rejects.toBeInstanceOf(DomainError);
    expect(await db().answer.count()).toBe(0);
    expect((await db().assessment.findUniqueOrThrow({ where: { id: assessment.id } })).state).toBe(state);
  });

  it.each([
    ["an option outside the scale", "A.I.1.i.a", "B", /pilihan "B" tidak sah/],
    ["an index above 4", "B.II.a.a", 4.5, /di luar rentang 0–4/],
    ["an unknown question", "Z.9", "YA", /tidak ada dalam LKE/],
  ])("refuses %s", async (_name, questionCode, value, message) => {
    const { assessment, reviewers: [tpi] } = await createReviewFixture(db());
    const attempt = saveTpiAnswer({ db: db(), user: tpi!, input: { assessmentId: assessment.id, questionCode, value, note: null, flag: false, expectedVersion: 0 } });
    await expect(attempt).rejects.toThrow(message);
    expect(await db().answer.count()).toBe(0);
    expect((await db().assessment.findUniqueOrThrow({ where: { id: assessment.id } })).state).toBe("SUBMITTED");
  });
});
