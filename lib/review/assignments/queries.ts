import "server-only";
import type { Db } from "@/lib/db/create-client";
import type { AssessmentState } from "@/lib/db/generated/enums";

/** Every period, newest year first (listPeriods orders by year, and so does this). */
export function listAssignmentPeriods({ db }: { db: Db }) {
  return db.period.findMany({ orderBy: { year: "desc" }, select: { id: true, year: true, name: true, status: true } });
}

export type AssignedReviewer = { assignmentId: string; reviewerId: string; name: string; nip: string | null; isLead: boolean };
export type AssignmentBoardRow = { unit: { id: string; code: string; name: string }; state: AssessmentState; reviewers: AssignedReviewer[] };

/** The participating units of a period, each with its reviewers (ketua tim first). */
export async function getAssignmentBoard({ db, periodId }: { db: Db; periodId: string }): Promise<AssignmentBoardRow[]> {
  const [assessments, assignments] = await Promise.all([
    db.assessment.findMany({ where: { periodId }, orderBy: { unit: { name: "asc" } }, select: { state: true, unit: { select: { id: true, code: true, name: true } } } }),
    db.reviewAssignment.findMany({
      where: { periodId },
      orderBy: [{ isLead: "desc" }, { reviewer: { name: "asc" } }],
      select: { id: true, unitId: true, isLead: true, reviewer: { select: { id: true, name: true, nip: true } } },
    }),
  ]);
  return assessments.map((a) => ({
    unit: a.unit,
    state: a.state,
    reviewers: assignments
      .filter((r) => r.unitId === a.unit.id)
      .map((r) => ({ assignmentId: r.id, reviewerId: r.reviewer.id, name: r.reviewer.name, nip: r.reviewer.nip, isLead: r.isLead })),
  }));
}

export type ReviewerOption = { id: string; name: string; nip: string | null };

/** The users who may be assigned: active, role TPI. */
export function listReviewerOptions({ db }: { db: Db }): Promise<ReviewerOption[]> {
  return db.user.findMany({ where: { role: "TPI", active: true }, orderBy: { name: "asc" }, select: { id: true, name: true, nip: true } });
}
