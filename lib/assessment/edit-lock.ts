import "server-only";
import { Prisma } from "@/lib/db/generated/client";
import type { AssessmentState } from "@/lib/db/generated/enums";

// The first statement of a write to an assessment: one round trip that reads the assessment
// with its period and locks both rows FOR SHARE until the transaction ends, so a concurrent
// submit, return or closing of the period waits for this write, or this write sees its result.

export type LockedAssessment = {
  id: string;
  state: AssessmentState;
  round: number;
  unitId: string;
  period: { id: string; deadline: Date; status: "OPEN" | "CLOSED"; lkeVersionId: string };
};

type Row = Omit<LockedAssessment, "period"> & Omit<LockedAssessment["period"], "id"> & { periodId: string };

/** The assessment, locked; with `unitId` only if it is that unit's (an operator's scope). Null otherwise. */
export async function lockAssessment({ tx, assessmentId, unitId }: { tx: Prisma.TransactionClient; assessmentId: string; unitId?: string }): Promise<LockedAssessment | null> {
  if (!/^[0-9a-f-]{36}$/i.test(assessmentId)) return null;
  const [row] = await tx.$queryRaw<Row[]>`
    SELECT a."id"::text AS "id", a."state"::text AS "state", a."round", a."unitId"::text AS "unitId",
           p."id"::text AS "periodId", p."deadline", p."status"::text AS "status", p."lkeVersionId"
    FROM "Assessment" a JOIN "Period" p ON p."id" = a."periodId"
    WHERE a."id" = ${assessmentId}::uuid ${unitId === undefined ? Prisma.empty : Prisma.sql`AND a."unitId" = ${unitId}::uuid`}
    FOR SHARE`;
  if (!row) return null;
  const { periodId, deadline, status, lkeVersionId, ...assessment } = row;
  return { ...assessment, period: { id: periodId, deadline, status, lkeVersionId } };
}
