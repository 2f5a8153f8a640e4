import "server-only";
import type { SessionUser } from "@/lib/auth/session";
import type { Db } from "@/lib/db/create-client";
import type { Prisma } from "@/lib/db/generated/client";
import type { AssessmentState } from "@/lib/db/generated/enums";
import { DomainError } from "@/lib/errors";
import { lockAssessment } from "./edit-lock";

// Who may see and who may change an assessment. Every page, action and file route that
// touches an assessment goes through here; the unit scope sits in the where clause.

export type AccessibleAssessment = {
  id: string;
  state: AssessmentState;
  round: number;
  unitId: string;
  unit: { id: string; name: string };
  period: { id: string; year: number; name: string; deadline: Date; status: "OPEN" | "CLOSED"; lkeVersionId: string };
  /** The predicate this LKE also monitors (90/2021 Bab IV A), if any. */
  monitoredPredicate: { predicate: "WBK" | "WBBM"; year: number; decreeNumber: string } | null;
};

const select = {
  id: true,
  state: true,
  round: true,
  unitId: true,
  unit: { select: { id: true, name: true } },
  period: { select: { id: true, year: true, name: true, deadline: true, status: true, lkeVersionId: true } },
  monitoredPredicate: { select: { predicate: true, year: true, decreeNumber: true } },
} as const;

/** The assessment if this user may see it, else null (never says whether it exists). */
export async function getAssessmentForUser({ db, user, assessmentId }: { db: Db; user: SessionUser; assessmentId: string }): Promise<AccessibleAssessment | null> {
  if (!/^[0-9a-f-]{36}$/i.test(assessmentId)) return null;
  switch (user.role) {
    case "OPERATOR":
      if (!user.unitId) return null;
      return db.assessment.findFirst({ where: { id: assessmentId, unitId: user.unitId }, select });
    case "TPI":
      return db.assessment.findFirst({
        where: { id: assessmentId, unit: { assignments: { some: { reviewerId: user.id, period: { assessments: { some: { id: assessmentId } } } } } } },
        select,
      });
    case "ADMIN":
    case "PIMPINAN":
      return db.assessment.findUnique({ where: { id: assessmentId }, select });
  }
}

export const OPERATOR_ONLY_REFUSAL = "Hanya operator unit yang dapat mengisi LKE unitnya.";
export const NOT_FOUND_REFUSAL = "Penilaian tidak ditemukan atau bukan milik unit Anda.";
export const NOT_RETURNED_REFUSAL = "Pertanyaan ini tidak dikembalikan TPI; hanya pertanyaan yang dikembalikan yang dapat diubah.";

type EditTarget = { state: AssessmentState; round?: number; period: { status: "OPEN" | "CLOSED"; deadline: Date } };
/** One question the unit is about to change (its answer or evidence) and when the TPI last returned it. */
export type QuestionScope = { returnedRound: number | null };

/**
 * Why the unit may not change its answers or evidence now, or null when it may. Without a
 * question scope this is about the whole LKE (copy forward, page banners); with one, a RETURNED
 * LKE opens exactly the questions returned in its current round.
 */
export function unitEditRefusal(assessment: EditTarget, now = new Date(), question?: QuestionScope): string | null {
  if (assessment.period.status === "CLOSED") return "Periode evaluasi sudah ditutup; isian tidak dapat diubah lagi.";
  if (assessment.state === "RETURNED") {
    // No deadline here: the TPI returns after the filling deadline as a rule, and the unit must
    // still be able to revise what was returned (closing the period still stops it).
    if (!question) return "LKE dikembalikan TPI untuk perbaikan; hanya pertanyaan yang dikembalikan yang dapat diubah.";
    return assessment.round !== undefined && question.returnedRound === assessment.round ? null : NOT_RETURNED_REFUSAL;
  }
  if (assessment.period.deadline.getTime() < now.getTime()) return "Batas waktu pengisian sudah lewat; isian tidak dapat diubah lagi.";
  if (assessment.state !== "DRAFT") return "LKE sudah diajukan dan terkunci; perubahan hanya dapat dilakukan bila TPI mengembalikannya.";
  return null;
}

/** Why the unit may not submit now: a DRAFT within the deadline, or a RETURNED LKE (resubmit). */
export function unitSubmitRefusal(assessment: EditTarget, now = new Date()): string | null {
  if (assessment.state === "RETURNED" && assessment.period.status === "OPEN") return null;
  return unitEditRefusal(assessment, now);
}

/** What a write of the unit touches: one question, or the whole LKE for a submit. */
type WriteScope = { questionCode?: string; forSubmit?: boolean };

async function refusalFor(db: Pick<Db, "answer">, assessmentId: string, target: EditTarget, now: Date | undefined, scope: WriteScope): Promise<string | null> {
  if (scope.forSubmit) return unitSubmitRefusal(target, now);
  if (scope.questionCode === undefined || target.state !== "RETURNED") return unitEditRefusal(target, now);
  const answer = await db.answer.findUnique({ where: { assessmentId_questionCode: { assessmentId, questionCode: scope.questionCode } }, select: { returnedRound: true } });
  return unitEditRefusal(target, now, { returnedRound: answer?.returnedRound ?? null });
}

/** For writes by the unit: the assessment, or a DomainError the user can read. */
export async function requireEditableAssessment({ db, user, assessmentId, now, ...scope }: { db: Db; user: SessionUser; assessmentId: string; now?: Date } & WriteScope): Promise<AccessibleAssessment> {
  if (user.role !== "OPERATOR") throw new DomainError(OPERATOR_ONLY_REFUSAL);
  const assessment = await getAssessmentForUser({ db, user, assessmentId });
  if (!assessment) throw new DomainError(NOT_FOUND_REFUSAL);
  const refusal = await refusalFor(db, assessment.id, assessment, now, scope);
  if (refusal) throw new DomainError(refusal);
  return assessment;
}

/**
 * Inside a write's transaction: locks the assessment and its period (a concurrent submit, return
 * or closing of the period waits for this write, or this write sees its result) and checks again
 * that the unit may still change the assessment, or the one question it writes.
 */
export async function assertStillEditable({ tx, assessmentId, now, ...scope }: { tx: Prisma.TransactionClient; assessmentId: string; now?: Date } & WriteScope): Promise<void> {
  const current = await lockAssessment({ tx, assessmentId });
  if (!current) throw new DomainError(NOT_FOUND_REFUSAL);
  const refusal = await refusalFor(tx, assessmentId, current, now, scope);
  if (refusal) throw new DomainError(refusal);
}
