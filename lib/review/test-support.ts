import { randomBytes } from "node:crypto";
import type { SessionUser } from "@/lib/auth/session";
import type { Db } from "@/lib/db/create-client";
import type { AssessmentState } from "@/lib/db/generated/enums";
import { createAssessmentFixture } from "@/tests/support/assessment-fixture";

/** An active TPI user as the session would give it. */
export async function createReviewer(db: Db, name?: string): Promise<SessionUser> {
  const tag = randomBytes(4).toString("hex");
  const user = await db.user.create({ data: { name: name ?? `Auditor ${tag}`, email: `tpi-${tag}@serang.test`, role: "TPI", passwordHash: "x" } });
  return { id: user.id, name: user.name, role: "TPI", unitId: null, unitName: null };
}

/** An assessment in `state`, with `reviewers` assigned to its unit in its period. */
export async function createReviewFixture(db: Db, { state = "SUBMITTED", reviewers = 1 }: { state?: AssessmentState; reviewers?: number } = {}) {
  const fixture = await createAssessmentFixture(db, { state });
  const team: SessionUser[] = [];
  for (let i = 0; i < reviewers; i++) {
    const reviewer = await createReviewer(db);
    await db.reviewAssignment.create({ data: { periodId: fixture.period.id, unitId: fixture.unit.id, reviewerId: reviewer.id } });
    team.push(reviewer);
  }
  return { ...fixture, reviewers: team };
}

/** Stores the unit's answers as if the unit had typed them before submitting. */
export async function storeUnitAnswers(db: Db, assessmentId: string, answers: Record<string, string | number | Record<string, number>>) {
  await db.answer.createMany({ data: Object.entries(answers).map(([questionCode, unitValue]) => ({ assessmentId, questionCode, unitValue })) });
}
