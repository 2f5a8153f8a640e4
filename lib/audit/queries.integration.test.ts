import { beforeEach, describe, expect, it } from "vitest";
import { createAssessmentFixture } from "@/tests/support/assessment-fixture";
import { getTestDb, resetDatabase } from "@/tests/support/db";
import { listAssessmentTimeline } from "./queries";
import { recordAuditEvent } from "./record-event";

beforeEach(resetDatabase);

async function twoAssessmentsWithEvents() {
  const db = getTestDb();
  const mine = await createAssessmentFixture(db);
  const other = await createAssessmentFixture(db, { year: mine.period.year });
  const write = (assessmentId: string | null, step: number) =>
    recordAuditEvent(db, {
      actorId: mine.user.id, action: "answer.unit_update", entityType: "Answer", entityId: `Q${step}`,
      unitId: mine.unit.id, assessmentId, before: { value: "B" }, after: { value: "A", step },
    });
  for (let step = 1; step <= 5; step++) {
    await write(mine.assessment.id, step);
    await write(other.assessment.id, step);
  }
  await write(null, 6);
  return { db, mine };
}

describe("listAssessmentTimeline", () => {
  it("lists only this assessment's events, newest first, with who did them", async () => {
    const { db, mine } = await twoAssessmentsWithEvents();
    const page = await listAssessmentTimeline({ db, assessmentId: mine.assessment.id, limit: 50 });
    expect(page.events.map((e) => e.entityId)).toEqual(["Q5", "Q4", "Q3", "Q2", "Q1"]);
    expect(page.nextCursor).toBeNull();
    expect(page.events[0]).toMatchObject({ action: "answer.unit_update", actor: { name: mine.user.name, role: "OPERATOR" }, before: { value: "B" }, after: { value: "A", step: 5 } });
  });

  it("pages through older events with the cursor until none are left", async () => {
    const { db, mine } = await twoAssessmentsWithEvents();
    const seen: string[][] = [];
    let cursor: string | null = null;
    do {
      const page: Awaited<ReturnType<typeof listAssessmentTimeline>> = await listAssessmentTimeline({ db, assessmentId: mine.assessment.id, cursor, limit: 2 });
      seen.push(page.events.map((e) => e.entityId ?? ""));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual([["Q5", "Q4"], ["Q3", "Q2"], ["Q1"]]);
  });

  it("ignores a cursor that is not an event id", async () => {
    const { db, mine } = await twoAssessmentsWithEvents();
    const page = await listAssessmentTimeline({ db, assessmentId: mine.assessment.id, cursor: "1 OR 1=1", limit: 1 });
    expect(page.events.map((e) => e.entityId)).toEqual(["Q5"]);
    expect(page.nextCursor).toBe(page.events[0]!.id);
  });
});
