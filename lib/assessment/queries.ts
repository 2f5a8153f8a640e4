import "server-only";
import type { Db } from "@/lib/db/create-client";

/** The assessments of one unit, newest period first. Scoped by unit in the where clause. */
export function listUnitAssessments({ db, unitId }: { db: Db; unitId: string }) {
  return db.assessment.findMany({
    where: { unitId },
    orderBy: { period: { year: "desc" } },
    select: { id: true, state: true, updatedAt: true, period: { select: { year: true, name: true, deadline: true, status: true } }, monitoredPredicate: { select: { predicate: true, year: true } } },
  });
}
