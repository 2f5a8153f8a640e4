import { Client } from "pg";
import { beforeEach, describe, expect, it } from "vitest";
import { Prisma } from "@/lib/db/generated/client";
import { answerEverything, lke } from "@/lib/review/transitions/test-support";
import { createAssessmentFixture } from "@/tests/support/assessment-fixture";
import { getTestDb, resetDatabase, testDatabaseUrl } from "@/tests/support/db";
import { SCORE_SUMMARY_FORMAT } from "./score-summary";
import { listScoreSelect, listScoresOf, listScoresOfSummary, summariesOf } from "./stored-scores";

beforeEach(resetDatabase);
const db = getTestDb;

const readScore = (assessmentId: string) => db().assessmentScore.findUnique({ where: { assessmentId } });
const listRead = async (assessmentId: string) => {
  const assessments = await db().assessment.findMany({ where: { id: assessmentId }, select: { id: true, score: { select: listScoreSelect } } });
  return listScoresOf({ db: db(), lke, assessments });
};
const dashboardRead = async (assessmentId: string) => (await summariesOf({ db: db(), lke, ids: [assessmentId] })).get(assessmentId)!;

/** An assessment with every question answered and valued best, as its summary is first read. */
async function answered() {
  const { assessment } = await createAssessmentFixture(db());
  await answerEverything(db(), assessment.id);
  return assessment.id;
}

describe("AssessmentScore: kept current by a trigger on Answer", () => {
  it("starts stale when answers are saved, is scored on the first read and stored as current", async () => {
    const id = await answered();
    expect(await readScore(id)).toMatchObject({ answersVersion: expect.any(Number), scoredVersion: null, summary: null });
    const summary = await dashboardRead(id);
    // Scored as if WBK were held (SUMMARY_HOLDS_WBK): the register decides when the row is read.
    expect(summary.unit).toMatchObject({ total: 100, predicate: "WBBM" });
    const stored = await readScore(id);
    expect(stored).toMatchObject({ scoredVersion: stored!.answersVersion, format: SCORE_SUMMARY_FORMAT });
    expect(stored!.summary).toEqual(JSON.parse(JSON.stringify(summary)));
  });

  it("gives the list its scores from the columns once stored, the same as the summary's", async () => {
    const id = await answered();
    await db().answer.updateMany({ where: { assessmentId: id, questionCode: { startsWith: "A.I." } }, data: { tpiValue: Prisma.DbNull } });
    const first = await listRead(id);
    expect(first.scored.has(id)).toBe(true);
    const summary = first.scored.get(id)!;
    const second = await listRead(id);
    expect(second.scored.size).toBe(0);
    expect(second.scores.get(id)).toEqual(listScoresOfSummary(summary));
    expect(second.scores.get(id)).toMatchObject({ unit: { total: 100, predicate: "WBBM" }, tpi: { predicate: null } });
    expect(second.scores.get(id)!.tpi.answered).toBeLessThan(summary.unit.answered);
  });

  it("reads a current summary back instead of scoring again", async () => {
    const id = await answered();
    await dashboardRead(id);
    // Mark the stored summary: if the next read scored the answers, the mark would be gone.
    await db().$executeRaw`UPDATE "AssessmentScore" SET "summary" = jsonb_set("summary", '{unit,total}', '42') WHERE "assessmentId" = ${id}::uuid`;
    expect((await dashboardRead(id)).unit.total).toBe(42);
  });

  it("goes stale on any change of a value, by whatever writer (insert, update, delete), and is scored again", async () => {
    const id = await answered();
    await dashboardRead(id);
    await db().answer.updateMany({ where: { assessmentId: id, questionCode: { startsWith: "A.I." } }, data: { unitValue: Prisma.DbNull } });
    const afterUpdate = (await dashboardRead(id)).unit.total;
    expect(afterUpdate).toBeLessThan(100);
    await db().answer.deleteMany({ where: { assessmentId: id, questionCode: { startsWith: "A.II." } } });
    const afterDelete = (await dashboardRead(id)).unit.total;
    expect(afterDelete).toBeLessThan(afterUpdate);
    await db().answer.deleteMany({ where: { assessmentId: id } });
    await answerEverything(db(), id);
    expect((await dashboardRead(id)).unit.total).toBe(100);
  });

  it("does not go stale when only a note or a flag changes", async () => {
    const id = await answered();
    await dashboardRead(id);
    const before = await readScore(id);
    await db().answer.updateMany({ where: { assessmentId: id }, data: { unitNote: "catatan", tpiFlag: true } });
    expect(await readScore(id)).toMatchObject({ answersVersion: before!.answersVersion, scoredVersion: before!.answersVersion });
  });

  it("scores again a summary of another format", async () => {
    const id = await answered();
    await dashboardRead(id);
    await db().$executeRaw`UPDATE "AssessmentScore" SET "format" = ${SCORE_SUMMARY_FORMAT - 1}, "summary" = jsonb_set("summary", '{unit,total}', '42') WHERE "assessmentId" = ${id}::uuid`;
    expect((await dashboardRead(id)).unit.total).toBe(100);
    expect(await readScore(id)).toMatchObject({ format: SCORE_SUMMARY_FORMAT });
  });

  it("leaves a summary stale when an answer changed after its version was read", async () => {
    const id = await answered();
    const assessments = await db().assessment.findMany({ where: { id }, select: { id: true, score: { select: listScoreSelect } } });
    // A save lands between reading the version and storing the summary.
    await db().answer.updateMany({ where: { assessmentId: id, questionCode: { startsWith: "A.I." } }, data: { unitValue: Prisma.DbNull } });
    await listScoresOf({ db: db(), lke, assessments });
    const stored = await readScore(id);
    expect(stored!.scoredVersion).toBeNull();
    expect((await dashboardRead(id)).unit.total).toBeLessThan(100);
  });

  it("gives an assessment without answers the empty summary and stores nothing", async () => {
    const { assessment } = await createAssessmentFixture(db());
    expect((await dashboardRead(assessment.id)).unit).toMatchObject({ total: 0, answered: 0 });
    expect(await readScore(assessment.id)).toBeNull();
  });

  it("lets an assessment with answers be deleted (the trigger skips it)", async () => {
    const id = await answered();
    await db().assessment.delete({ where: { id } });
    expect(await readScore(id)).toBeNull();
  });

  it("cannot deadlock two transactions writing answers of one assessment in opposite orders", async () => {
    // With an immediate trigger, A would hold the AssessmentScore row after its first write and
    // B would wait for it after writing q2, while A waits for q2: a deadlock. Deferred to commit,
    // B commits first and A follows.
    const id = await answered();
    const [q1, q2] = (await db().answer.findMany({ where: { assessmentId: id }, orderBy: { questionCode: "asc" }, take: 2 })).map((a) => a.questionCode);
    const a = new Client({ connectionString: testDatabaseUrl() });
    const b = new Client({ connectionString: testDatabaseUrl() });
    await Promise.all([a.connect(), b.connect()]);
    try {
      const write = (client: Client, code: string) => client.query(`UPDATE "Answer" SET "unitValue" = 'null'::jsonb WHERE "assessmentId" = $1 AND "questionCode" = $2`, [id, code]);
      await a.query("BEGIN");
      await b.query("BEGIN");
      await write(a, q1!);
      await write(b, q2!);
      const aWaits = write(a, q2!);
      await b.query("COMMIT");
      await aWaits;
      await a.query("COMMIT");
    } finally {
      await Promise.all([a.end(), b.end()]);
    }
    const stored = await readScore(id);
    expect(stored!.answersVersion).toBeGreaterThanOrEqual(3);
  });
});
