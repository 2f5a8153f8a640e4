import "server-only";
import type { Db } from "@/lib/db/create-client";

/** One stored answer with both sides, as the review pages and the TPI save read it. */
export type ReviewAnswer = {
  questionCode: string;
  unitValue: unknown;
  unitNote: string | null;
  tpiValue: unknown;
  tpiNote: string | null;
  tpiFlag: boolean;
  version: number;
};

export const REVIEW_ANSWER_SELECT = { questionCode: true, unitValue: true, unitNote: true, tpiValue: true, tpiNote: true, tpiFlag: true, version: true } as const;

/** The answers of one assessment the caller got through getAssessmentForUser (the access check). */
export async function listReviewAnswers({ db, assessmentId }: { db: Db; assessmentId: string }): Promise<Map<string, ReviewAnswer>> {
  const rows = await db.answer.findMany({ where: { assessmentId }, select: REVIEW_ANSWER_SELECT });
  return new Map(rows.map((row) => [row.questionCode, row]));
}

/** True when the TPI has given this question a value. */
export function hasTpiValue(answer: { tpiValue: unknown } | undefined): boolean {
  return answer?.tpiValue !== null && answer?.tpiValue !== undefined;
}
