import "server-only";
import { appendAuditEvent } from "@/lib/audit/record-event";
import type { SessionUser } from "@/lib/auth/session";
import type { Db } from "@/lib/db/create-client";
import { Prisma } from "@/lib/db/generated/client";
import { lkeOf } from "@/lib/assessment/lke-of";
import { DomainError } from "@/lib/errors";
import { judgeScore } from "@/lib/eligibility/judge";
import { loadUnitEligibilityFacts } from "@/lib/eligibility/unit-facts";
import { instansiToday } from "@/lib/instansi/today";
import { recordMonitoringFromFinal } from "@/lib/proposal/monitoring-assessment";
import { buildEvaluation, listUnreviewed, scoreTpiAnswers } from "./evaluation";
import { lockAssessment, requireAssignment, requireState } from "./lock";
import type { StoredEvaluation } from "./result";
import type { FinalizeInput } from "./schemas";

function listed(codes: string[]): string {
  return `${codes.slice(0, 15).join(", ")}${codes.length > 15 ? `, dan ${codes.length - 15} lainnya` : ""}`;
}

/**
 * IN_REVIEW (or SUBMITTED already fully reviewed) → FINAL, by the ketua tim only. The TPI's
 * values are the evaluated score (DESIGN.md step 4); the proposal rule (Tabel 5 as PermenPAN-RB
 * 5/2024 rewrote it, the affirmation route, the predicate register) is decided from the portal's
 * data with the ketua's confirmations, and stored with the inputs it was decided on.
 */
export async function finalizeAssessment({ db, user, input, now = new Date() }: { db: Db; user: SessionUser; input: FinalizeInput; now?: Date }): Promise<StoredEvaluation> {
  const { assessmentId, confirmations } = input;
  return db.$transaction(async (tx) => {
    const assessment = await lockAssessment(tx, assessmentId);
    await requireAssignment(tx, user, assessment, { lead: true });
    requireState(assessment, ["IN_REVIEW", "SUBMITTED"], "hanya LKE yang sedang direviu yang dapat difinalkan");
    const lke = lkeOf({ lkeVersionId: assessment.lkeVersionId });
    const rows = await tx.answer.findMany({ where: { assessmentId }, select: { questionCode: true, tpiValue: true } });
    const unreviewed = listUnreviewed(lke, rows);
    if (unreviewed.length > 0) {
      throw new DomainError(`Belum semua pertanyaan direviu: ${unreviewed.length} pertanyaan belum diberi nilai TPI (${listed(unreviewed)}).`);
    }
    const facts = await loadUnitEligibilityFacts({ db: tx, unitId: assessment.unitId, periodId: assessment.periodId });
    const evaluation = buildEvaluation(judgeScore({ lke, facts, confirmations, scoreFor: (holdsWbk) => scoreTpiAnswers({ lke, rows, holdsWbk }) }));
    await tx.assessment.update({
      where: { id: assessmentId },
      data: { state: "FINAL", finalizedAt: now, finalizedById: user.id, evaluation, prerequisites: Prisma.DbNull },
    });
    await appendAuditEvent(tx, {
      actorId: user.id,
      action: "assessment.finalize",
      entityType: "Assessment",
      entityId: assessmentId,
      unitId: assessment.unitId,
      assessmentId,
      before: { state: assessment.state, round: assessment.round },
      after: { state: "FINAL", round: assessment.round, result: evaluation.result, predicate: evaluation.predicate, total: evaluation.total, confirmations, eligibility: evaluation.eligibility ?? null },
    });
    // A monitoring assessment's result is also the monitoring report of the predicate it watches.
    await recordMonitoringFromFinal(tx, { assessmentId, evaluation, actorId: user.id, day: await instansiToday(tx, now) });
    return evaluation;
  });
}
