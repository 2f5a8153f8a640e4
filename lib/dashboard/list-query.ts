import "server-only";
import type { Db } from "@/lib/db/create-client";
import type { AssessmentState } from "@/lib/db/generated/enums";
import type { Prisma } from "@/lib/db/generated/client";
import type { Target } from "@/lib/review/transitions/result";
import type { ListScoreRow } from "./stored-scores";

// The period list's one row per unit: unit, state, the stored score columns and the stored
// evaluation's total and result, read in one SQL query over the assessments the scope allows.
// Only numbers and names cross the wire (no JSON per unit), which is what keeps a 600-unit
// period cheap to list.

export type ListedAssessment = {
  id: string;
  state: AssessmentState;
  unit: { id: string; name: string; code: string };
  /** Null: no answer was ever saved. */
  score: ListScoreRow | null;
  /** The stored evaluation's total and result (FINAL), else null. */
  evaluation: { total: number; result: Target | null } | null;
};

/** A row as the query returns it: the score columns are null when there is no AssessmentScore row. */
type Raw = Pick<ListedAssessment, "id" | "state"> & { unitId: string; unitName: string; unitCode: string; evaluationTotal: number | null; evaluationResult: string | null } & {
  [K in keyof ListScoreRow]: ListScoreRow[K] | null;
};

/** The assessments `where` allows (the scope stays a Prisma where clause, lib/dashboard/scope), ordered by unit name. */
export async function listAssessments({ db, where }: { db: Db; where: Prisma.AssessmentWhereInput }): Promise<ListedAssessment[]> {
  const ids = (await db.assessment.findMany({ where, select: { id: true } })).map((a) => a.id);
  if (ids.length === 0) return [];
  const rows = await db.$queryRaw<Raw[]>`
    SELECT a."id"::text AS "id", a."state"::text AS "state",
           u."id"::text AS "unitId", u."name" AS "unitName", u."code" AS "unitCode",
           s."answersVersion", s."scoredVersion", s."format", s."unitTotal", s."unitPredicate",
           s."tpiTotal", s."tpiPredicate", s."tpiAnswered",
           CASE WHEN a."state" = 'FINAL' AND jsonb_typeof(a."evaluation"->'total') = 'number'
                THEN (a."evaluation"->>'total')::float8 END AS "evaluationTotal",
           a."evaluation"->>'result' AS "evaluationResult"
    FROM "Assessment" a
    JOIN "Unit" u ON u."id" = a."unitId"
    LEFT JOIN "AssessmentScore" s ON s."assessmentId" = a."id"
    WHERE a."id" = ANY(${ids}::uuid[])
    ORDER BY u."name", u."code"`;
  return rows.map(({ id, state, unitId, unitName, unitCode, evaluationTotal, evaluationResult, answersVersion, ...score }) => ({
    id,
    state,
    unit: { id: unitId, name: unitName, code: unitCode },
    score: answersVersion === null ? null : { answersVersion, ...score },
    evaluation: evaluationTotal === null ? null : { total: evaluationTotal, result: evaluationResult === "WBK" || evaluationResult === "WBBM" ? evaluationResult : null },
  }));
}
