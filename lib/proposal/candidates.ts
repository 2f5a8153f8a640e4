import "server-only";
import type { Tx } from "@/lib/admin/mutation-support";
import type { Db } from "@/lib/db/create-client";
import { readEvaluation } from "@/lib/dashboard/period-dashboard";
import { eligibilityOfEvaluation } from "@/lib/eligibility/of-evaluation";
import { lockedUntilOn } from "@/lib/eligibility/predicates";
import { proposalDayOf } from "@/lib/instansi/proposal-day";
import { isoDayOf } from "@/lib/instansi/time-zone";
import type { Candidate } from "./rules";

// Each unit of a period as the proposal rules see it: its assessment's state, the eligibility
// its FINAL evaluation stored, and the register's revocation lock on the day of the check.

type Reader = Db | Tx;

export type LoadedCandidate = Candidate & { unitId: string; assessmentId: string };

/** The day a lock is read on: the proposal day, or today when the proposal is late. */
export function checkDay(period: { year: number; proposalDeadline: Date | null }, today: string): string {
  const deadline = proposalDayOf(period);
  return today > deadline ? today : deadline;
}

export async function loadCandidates({ db, periodId, unitIds, asOf }: { db: Reader; periodId: string; unitIds?: readonly string[]; asOf: string }): Promise<LoadedCandidate[]> {
  const assessments = await db.assessment.findMany({
    where: { periodId, ...(unitIds ? { unitId: { in: [...unitIds] } } : {}) },
    orderBy: { unit: { name: "asc" } },
    select: {
      id: true,
      state: true,
      evaluation: true,
      unit: { select: { id: true, name: true, predicates: { select: { year: true, predicate: true, source: true, revokedOn: true } } } },
    },
  });
  return assessments.map((a) => {
    const evaluation = readEvaluation(a.state, a.evaluation);
    const predicates = a.unit.predicates.map((p) => ({ year: p.year, predicate: p.predicate, source: p.source, revokedOn: p.revokedOn ? isoDayOf(p.revokedOn) : null }));
    return {
      unitId: a.unit.id,
      assessmentId: a.id,
      name: a.unit.name,
      state: a.state,
      eligibility: evaluation ? eligibilityOfEvaluation(evaluation) : null,
      lockedUntil: lockedUntilOn(predicates, asOf),
    };
  });
}
