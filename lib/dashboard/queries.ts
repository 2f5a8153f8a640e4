import "server-only";
import type { Db } from "@/lib/db/create-client";

/** What leaders see before any evaluation exists: the units and the periods so far. */
export async function getLeaderOverview({ db }: { db: Db }) {
  const [units, periods] = await Promise.all([
    db.unit.findMany({ where: { active: true, kind: "OPD" }, orderBy: { name: "asc" }, select: { id: true, name: true } }),
    db.period.findMany({ orderBy: { year: "desc" }, select: { id: true, year: true, name: true, status: true, _count: { select: { assessments: true } } } }),
  ]);
  return { units, periods };
}
