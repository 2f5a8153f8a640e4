import "server-only";
import type { SessionUser } from "@/lib/auth/session";
import type { Prisma } from "@/lib/db/generated/client";
import type { AssessmentState } from "@/lib/db/generated/enums";
import { DomainError } from "@/lib/errors";
import { STATE_LABELS } from "@/lib/format";

type Tx = Prisma.TransactionClient;

export type LockedAssessment = { id: string; state: AssessmentState; round: number; unitId: string; periodId: string; lkeVersionId: string };

/**
 * Every transition reads the state it guards under a row lock, so two transitions of one
 * assessment (or a transition and a unit's write, which takes FOR SHARE) run one after the other.
 */
export async function lockAssessment(tx: Tx, assessmentId: string): Promise<LockedAssessment> {
  const [row] = await tx.$queryRaw<LockedAssessment[]>`
    SELECT a.id::text AS id, a.state::text AS state, a.round, a."unitId"::text AS "unitId", a."periodId"::text AS "periodId",
           p."lkeVersionId" AS "lkeVersionId"
    FROM "Assessment" a JOIN "Period" p ON p.id = a."periodId"
    WHERE a.id = ${assessmentId}::uuid FOR UPDATE OF a`;
  if (!row) throw new DomainError("Penilaian tidak ditemukan.");
  return row;
}

/** "LKE berstatus Draf; hanya LKE yang sedang direviu yang dapat dikembalikan." */
export function requireState(assessment: LockedAssessment, allowed: AssessmentState[], what: string): void {
  if (!allowed.includes(assessment.state)) throw new DomainError(`LKE berstatus ${STATE_LABELS[assessment.state]}; ${what}.`);
}

/** The caller's assignment to the assessment's unit and period, read inside the transaction. */
export async function requireAssignment(tx: Tx, user: SessionUser, assessment: LockedAssessment, { lead }: { lead: boolean }): Promise<void> {
  if (user.role !== "TPI") throw new DomainError("Hanya TPI yang ditugaskan pada unit ini yang dapat melakukan tindakan ini.");
  const assignment = await tx.reviewAssignment.findFirst({ where: { reviewerId: user.id, unitId: assessment.unitId, periodId: assessment.periodId }, select: { isLead: true } });
  if (!assignment) throw new DomainError("Anda tidak ditugaskan mereviu unit ini pada periode tersebut.");
  if (lead && !assignment.isLead) throw new DomainError("Hanya ketua tim TPI unit ini yang dapat memfinalkan penilaian.");
}
