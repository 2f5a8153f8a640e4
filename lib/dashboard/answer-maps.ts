import "server-only";
import type { Db } from "@/lib/db/create-client";

export type AnswerMaps = { unit: Record<string, unknown>; tpi: Record<string, unknown> };

/**
 * The answers of many assessments as one JSON object per assessment and side, built by
 * PostgreSQL: for 600 units that is 600 rows instead of ~68,000, which is what keeps the
 * dashboard's time from growing with every answer row it would otherwise map one by one.
 */
export async function loadAnswerMaps({ db, assessmentIds }: { db: Db; assessmentIds: string[] }): Promise<Map<string, AnswerMaps>> {
  if (assessmentIds.length === 0) return new Map();
  const rows = await db.$queryRaw<{ id: string; unit: Record<string, unknown> | null; tpi: Record<string, unknown> | null }[]>`
    SELECT "assessmentId"::text AS id,
           jsonb_object_agg("questionCode", "unitValue") FILTER (WHERE "unitValue" IS NOT NULL AND "unitValue" <> 'null'::jsonb) AS unit,
           jsonb_object_agg("questionCode", "tpiValue") FILTER (WHERE "tpiValue" IS NOT NULL AND "tpiValue" <> 'null'::jsonb) AS tpi
    FROM "Answer"
    WHERE "assessmentId" = ANY(${assessmentIds}::uuid[])
    GROUP BY "assessmentId"`;
  return new Map(rows.map((r) => [r.id, { unit: r.unit ?? {}, tpi: r.tpi ?? {} }]));
}
