import "server-only";
import type { AccessibleAssessment } from "@/lib/assessment/access";
import { lkeOf } from "@/lib/assessment/lke-of";
import type { SessionUser } from "@/lib/auth/session";
import type { Db } from "@/lib/db/create-client";
import { allPass } from "@/lib/scoring/tabel6-checks";
import { listUnreviewed, scoreTpiAnswers } from "./evaluation";
import { type StoredEvaluation, StoredEvaluationSchema, type Target } from "./result";
import { type Prerequisites, PrerequisitesSchema } from "./schemas";

export type ReturnedQuestion = { code: string; tpiNote: string | null; answered: boolean };

/** The questions returned to the unit in the current round (the unit's banner and area pages). */
export async function listReturnedQuestions({ db, assessment }: { db: Db; assessment: Pick<AccessibleAssessment, "id" | "state" | "round"> }): Promise<ReturnedQuestion[]> {
  if (assessment.state !== "RETURNED") return [];
  const rows = await db.answer.findMany({
    where: { assessmentId: assessment.id, returnedRound: assessment.round },
    orderBy: { questionCode: "asc" },
    select: { questionCode: true, tpiNote: true, unitValue: true },
  });
  return rows.map((r) => ({ code: r.questionCode, tpiNote: r.tpiNote, answered: r.unitValue !== null && r.unitValue !== undefined }));
}

export type FinalResult = { evaluation: StoredEvaluation; prerequisites: Prerequisites; finalizedAt: Date | null };

/** The stored result of a FINAL assessment, or null (not final, or not stored in this shape). */
export async function getFinalResult({ db, assessmentId }: { db: Db; assessmentId: string }): Promise<FinalResult | null> {
  const row = await db.assessment.findUnique({ where: { id: assessmentId }, select: { state: true, evaluation: true, prerequisites: true, finalizedAt: true } });
  if (row?.state !== "FINAL") return null;
  const evaluation = StoredEvaluationSchema.safeParse(row.evaluation);
  const prerequisites = PrerequisitesSchema.safeParse(row.prerequisites);
  if (!evaluation.success || !prerequisites.success) return null;
  return { evaluation: evaluation.data, prerequisites: prerequisites.data, finalizedAt: row.finalizedAt };
}

export type TransitionContext = {
  role: SessionUser["role"];
  assigned: boolean;
  isLead: boolean;
  flagged: { code: string; note: string | null }[];
  unreviewed: string[];
  /** Tabel 6 on the TPI's values, assuming the unit holds WBK; null until every question is reviewed. */
  preview: { total: number; tabel6Pass: Record<Target, boolean> } | null;
  final: FinalResult | null;
};

/** What the transition panel of the review page needs for this user. */
export async function getTransitionContext({ db, user, assessment }: { db: Db; user: SessionUser; assessment: AccessibleAssessment }): Promise<TransitionContext> {
  const [assignment, rows, final] = await Promise.all([
    user.role === "TPI" ? db.reviewAssignment.findFirst({ where: { reviewerId: user.id, unitId: assessment.unitId, periodId: assessment.period.id }, select: { isLead: true } }) : null,
    db.answer.findMany({ where: { assessmentId: assessment.id }, orderBy: { questionCode: "asc" }, select: { questionCode: true, tpiValue: true, tpiFlag: true, tpiNote: true } }),
    getFinalResult({ db, assessmentId: assessment.id }),
  ]);
  const lke = lkeOf(assessment.period);
  const unreviewed = listUnreviewed(lke, rows);
  const score = unreviewed.length === 0 && rows.length > 0 ? scoreTpiAnswers({ lke, rows, holdsWbk: true }) : null;
  return {
    role: user.role,
    assigned: assignment !== null,
    isLead: assignment?.isLead ?? false,
    flagged: rows.filter((r) => r.tpiFlag).map((r) => ({ code: r.questionCode, note: r.tpiNote })),
    unreviewed,
    preview: score && { total: score.total, tabel6Pass: { WBK: allPass(score.checks.WBK), WBBM: allPass(score.checks.WBBM) } },
    final,
  };
}
