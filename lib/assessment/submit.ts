import "server-only";
import { appendAuditEvent } from "@/lib/audit/record-event";
import type { SessionUser } from "@/lib/auth/session";
import type { Db } from "@/lib/db/create-client";
import type { Prisma } from "@/lib/db/generated/client";
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

/** The returned questions of this round that the unit left without an answer. */
async function unansweredReturned({ db, assessmentId, round }: { db: Pick<Db, "answer"> | Prisma.TransactionClient; assessmentId: string; round: number }): Promise<string[]> {
  const rows = await db.answer.findMany({ where: { assessmentId, returnedRound: round }, orderBy: { questionCode: "asc" }, select: { questionCode: true, unitValue: true } });
  return rows.filter((r) => r.unitValue === null || r.unitValue === undefined).map((r) => r.questionCode);
}

function listed(codes: string[]): string {
  return `${codes.slice(0, 10).join(", ")}${codes.length > 10 ? ", …" : ""}`;
}

/**
 * DRAFT → SUBMITTED, locking the unit's answers; RETURNED → SUBMITTED (the next round) once every
 * returned question is answered. The state change is conditional on the state read under a row
 * lock, so a double click (or two tabs) submits once; the second sees it done.
 */
export async function submitAssessment({ db, user, assessmentId, now = new Date() }: { db: Db; user: SessionUser; assessmentId: string; now?: Date }): Promise<{ alreadySubmitted: boolean }> {
  const current = await db.assessment.findFirst({ where: { id: assessmentId, unitId: user.unitId ?? "" }, select: { state: true } });
  if (current?.state === "SUBMITTED") return { alreadySubmitted: true };
  const assessment = await requireEditableAssessment({ db, user, assessmentId, now, forSubmit: true });
  if (assessment.state === "RETURNED") {
    const open = await unansweredReturned({ db, assessmentId, round: assessment.round });
    if (open.length > 0) throw new DomainError(`Masih ada ${open.length} pertanyaan yang dikembalikan TPI dan belum dijawab: ${listed(open)}.`);
  } else {
    const { unanswered } = await getSubmitReadiness({ db, lke: lkeOf(assessment.period), assessmentId });
    if (unanswered.length > 0) throw new DomainError(`Masih ada ${unanswered.length} pertanyaan yang belum dijawab: ${listed(unanswered)}.`);
  }
  return db.$transaction(async (tx) => {
    // A second click that waited on the first one's lock finds the work done.
    const [row] = await tx.$queryRaw<{ state: string; round: number }[]>`SELECT state::text AS state, round FROM "Assessment" WHERE id = ${assessment.id}::uuid FOR UPDATE`;
    if (row?.state === "SUBMITTED") return { alreadySubmitted: true };
    await assertStillEditable({ tx, assessmentId: assessment.id, now, forSubmit: true });
    const from = row?.state === "RETURNED" ? "RETURNED" : "DRAFT";
    const round = from === "RETURNED" ? (row?.round ?? assessment.round) + 1 : assessment.round;
    // A resubmit must not leave a returned question emptied while the first check ran.
    if (from === "RETURNED" && (await unansweredReturned({ db: tx, assessmentId: assessment.id, round: round - 1 })).length > 0) {
      throw new DomainError("Masih ada pertanyaan yang dikembalikan TPI dan belum dijawab.");
    }
    const changed = await tx.assessment.updateMany({ where: { id: assessment.id, state: from }, data: { state: "SUBMITTED", submittedAt: now, round } });
    if (changed.count === 0) return { alreadySubmitted: true };
    await appendAuditEvent(tx, {
      actorId: user.id,
      action: "assessment.submit",
      entityType: "Assessment",
      entityId: assessment.id,
      unitId: assessment.unitId,
      assessmentId: assessment.id,
      before: { state: from, round: round - (from === "RETURNED" ? 1 : 0) },
      after: { state: "SUBMITTED", round },
    });
    return { alreadySubmitted: false };
  });
}
