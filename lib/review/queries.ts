import "server-only";
import type { Db } from "@/lib/db/create-client";

/** The units assigned to a reviewer in open periods. */
export function listReviewerAssignments({ db, reviewerId }: { db: Db; reviewerId: string }) {
  return db.reviewAssignment.findMany({
    where: { reviewerId, period: { status: "OPEN" } },
    orderBy: [{ period: { year: "desc" } }, { unit: { name: "asc" } }],
    select: { id: true, isLead: true, unit: { select: { name: true } }, period: { select: { year: true, deadline: true } } },
  });
}
