import "server-only";
import type { AccessibleAssessment } from "@/lib/assessment/access";
import { lkeOf } from "@/lib/assessment/lke-of";
import type { SessionUser } from "@/lib/auth/session";
import type { Db } from "@/lib/db/create-client";
import { type FinalizePreview, previewFinalize } from "@/lib/eligibility/finalize-preview";
import { listUnreviewed } from "./evaluation";
import { type StoredEvaluation, StoredEvaluationSchema } from "./result";

export type ReturnedQuestion = { code: string; tpiNote: string | null; answered: boolean; tpiValue: unknown };

/** The questions returned to the unit in the current round (the unit's banner and area pages). */
export async function listReturnedQuestions({ db, assessment }: { db: Db; assessment: Pick<AccessibleAssessment, "id" | "state" | "round"> }): Promise<ReturnedQuestion[]> {
  if (assessment.state !== "RETURNED") return [];
  const rows = await db.answer.findMany({
    where: { assessmentId: assessment.id, returnedRound: assessment.round },
    orderBy: { questionCode: "asc" },
    select: { questionCode: true, tpiNote: true, unitValue: true, tpiValue: true },
  });
  return rows.map((r) => ({ code: r.questionCode, tpiNote: r.tpiNote, answered: r.unitValue !== null && r.unitValue !== undefined, tpiValue: r.tpiValue ?? null }));
}

export type FinalResult = { evaluation: StoredEvaluation; finalizedAt: Date | null };

/** The stored result of a FINAL assessment, or null (not final, or not stored in this shape). */
export async function getFinalResult({ db, assessmentId }: { db: Db; assessmentId: string }): Promise<FinalResult | null> {
  const row = await db.assessment.findUnique({ where: { id: assessmentId }, select: { state: true, evaluation: true, finalizedAt: true } });
  if (row?.state !== "FINAL") return null;
  const evaluation = StoredEvaluationSchema.safeParse(row.evaluation);
  if (!evaluation.success) return null;
  return { evaluation: evaluation.data, finalizedAt: row.finalizedAt };
}

export type TransitionContext = {
  role: SessionUser["role"];
  assigned: boolean;
  isLead: boolean;
  flagged: { code: string; note: string | null }[];
  unreviewed: string[];
  /** The proposal rule on the TPI's values and the portal's data; null until every question is reviewed. */
  preview: FinalizePreview | null;
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
  const preview = unreviewed.length === 0 && rows.length > 0 ? await previewFinalize({ db, lke, rows, unitId: assessment.unitId, periodId: assessment.period.id }) : null;
  return {
    role: user.role,
    assigned: assignment !== null,
    isLead: assignment?.isLead ?? false,
    flagged: rows.filter((r) => r.tpiFlag).map((r) => ({ code: r.questionCode, note: r.tpiNote })),
    unreviewed,
    preview,
    final,
  };
}
