import "server-only";
import { appendAuditEvent } from "@/lib/audit/record-event";
import type { SessionUser } from "@/lib/auth/session";
import type { Db } from "@/lib/db/create-client";
import { DomainError } from "@/lib/errors";
import { listQuestionEntries } from "@/lib/lke/walk";
import type { LkeVersion } from "@/lib/lke/schema";
import { assertStillEditable, requireEditableAssessment } from "./access";
import { listAnswers } from "./answers";
import { lkeOf } from "./lke-of";

export type SubmitReadiness = { unanswered: string[]; withoutEvidence: string[] };

/** What stands between the unit and submitting: unanswered questions block, missing evidence warns. */
export async function getSubmitReadiness({ db, lke, assessmentId }: { db: Db; lke: LkeVersion; assessmentId: string }): Promise<SubmitReadiness> {
  const [answers, evidence] = await Promise.all([
    listAnswers({ db, assessmentId }),
    db.evidence.groupBy({ by: ["questionCode"], where: { assessmentId }, _count: true }),
  ]);
  const withEvidence = new Set(evidence.map((e) => e.questionCode));
  const codes = listQuestionEntries(lke).map((e) => e.question.code);
  const answered = (code: string) => answers.get(code)?.unitValue != null;
  return { unanswered: codes.filter((c) => !answered(c)), withoutEvidence: codes.filter((c) => answered(c) && !withEvidence.has(c)) };
}

/**
 * DRAFT → SUBMITTED, locking the unit's answers. The state change is conditional on the
 * state read, so a double click (or two tabs) submits once; the second sees it done.
 */
export async function submitAssessment({ db, user, assessmentId, now = new Date() }: { db: Db; user: SessionUser; assessmentId: string; now?: Date }): Promise<{ alreadySubmitted: boolean }> {
  const current = await db.assessment.findFirst({ where: { id: assessmentId, unitId: user.unitId ?? "" }, select: { state: true } });
  if (current?.state === "SUBMITTED") return { alreadySubmitted: true };
  const assessment = await requireEditableAssessment({ db, user, assessmentId, now });
  const { unanswered } = await getSubmitReadiness({ db, lke: lkeOf(assessment.period), assessmentId });
  if (unanswered.length > 0) {
    throw new DomainError(`Masih ada ${unanswered.length} pertanyaan yang belum dijawab: ${unanswered.slice(0, 10).join(", ")}${unanswered.length > 10 ? ", …" : ""}.`);
  }
  return db.$transaction(async (tx) => {
    // A second click that waited on the first one's lock finds the work done.
    const [row] = await tx.$queryRaw<{ state: string }[]>`SELECT state::text AS state FROM "Assessment" WHERE id = ${assessment.id}::uuid FOR UPDATE`;
    if (row?.state === "SUBMITTED") return { alreadySubmitted: true };
    await assertStillEditable({ tx, assessmentId: assessment.id, now });
    const changed = await tx.assessment.updateMany({ where: { id: assessment.id, state: "DRAFT" }, data: { state: "SUBMITTED", submittedAt: now } });
    if (changed.count === 0) return { alreadySubmitted: true };
    await appendAuditEvent(tx, {
      actorId: user.id,
      action: "assessment.submit",
      entityType: "Assessment",
      entityId: assessment.id,
      unitId: assessment.unitId,
      assessmentId: assessment.id,
      before: { state: "DRAFT" },
      after: { state: "SUBMITTED", round: assessment.round },
    });
    return { alreadySubmitted: false };
  });
}
