import "server-only";
import { lkeOf } from "@/lib/assessment/lke-of";
import type { Db } from "@/lib/db/create-client";
import type { AssessmentState } from "@/lib/db/generated/enums";
import { countUnreviewed, scoreBothSides } from "./score-both";

export type InboxItem = {
  assignmentId: string;
  isLead: boolean;
  unit: { id: string; name: string };
  period: { year: number; name: string; deadline: Date };
  assessment: { id: string; state: AssessmentState } | null;
  /** The predicate this LKE also monitors ("Menuju WBK 2024"), if any. */
  monitors: { predicate: "WBK" | "WBBM"; year: number } | null;
  unitTotal: number;
  tpiTotal: number;
  unreviewed: number;
};

/** The units assigned to a reviewer in OPEN periods, each with both scores so far. Scoped by reviewer in the where clause. */
export async function listReviewerInbox({ db, reviewerId }: { db: Db; reviewerId: string }): Promise<InboxItem[]> {
  const assignments = await db.reviewAssignment.findMany({
    where: { reviewerId, period: { status: "OPEN" } },
    orderBy: [{ period: { year: "desc" } }, { unit: { name: "asc" } }],
    select: {
      id: true,
      isLead: true,
      unitId: true,
      unit: { select: { id: true, name: true } },
      period: { select: { id: true, year: true, name: true, deadline: true, lkeVersionId: true } },
    },
  });
  if (assignments.length === 0) return [];
  const assessments = await db.assessment.findMany({
    where: { OR: assignments.map((a) => ({ periodId: a.period.id, unitId: a.unitId })) },
    select: { id: true, state: true, periodId: true, unitId: true, monitoredPredicate: { select: { predicate: true, year: true } }, answers: { select: { questionCode: true, unitValue: true, tpiValue: true } } },
  });
  return assignments.map((a) => {
    const assessment = assessments.find((x) => x.periodId === a.period.id && x.unitId === a.unitId) ?? null;
    const scores = scoreBothSides({ lke: lkeOf(a.period), answers: assessment?.answers ?? [] });
    return {
      assignmentId: a.id,
      isLead: a.isLead,
      unit: a.unit,
      period: { year: a.period.year, name: a.period.name, deadline: a.period.deadline },
      assessment: assessment ? { id: assessment.id, state: assessment.state } : null,
      monitors: assessment?.monitoredPredicate ?? null,
      unitTotal: scores.unit.total,
      tpiTotal: scores.tpi.total,
      unreviewed: countUnreviewed(scores.tpi),
    };
  });
}

/** Whether this reviewer leads the team of the assessment's unit in its period. */
export async function isReviewLead({ db, reviewerId, periodId, unitId }: { db: Db; reviewerId: string; periodId: string; unitId: string }): Promise<boolean> {
  const row = await db.reviewAssignment.findUnique({ where: { periodId_unitId_reviewerId: { periodId, unitId, reviewerId } }, select: { isLead: true } });
  return row?.isLead ?? false;
}
