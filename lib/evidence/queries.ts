import "server-only";
import type { Db } from "@/lib/db/create-client";
import { EVIDENCE_ITEM_SELECT, toEvidenceItem, type EvidenceByQuestion } from "./types";

export type { EvidenceByQuestion, EvidenceItem } from "./types";

/**
 * The bukti dukung of one assessment by question code, oldest first, in one query. The caller
 * passes the id of an assessment it got from getAssessmentForUser (the access check).
 */
export async function listEvidence({ db, assessmentId }: { db: Db; assessmentId: string }): Promise<EvidenceByQuestion> {
  const rows = await db.evidence.findMany({
    where: { assessmentId },
    orderBy: [{ questionCode: "asc" }, { createdAt: "asc" }, { id: "asc" }],
    select: EVIDENCE_ITEM_SELECT,
  });
  const byQuestion: EvidenceByQuestion = {};
  for (const row of rows) (byQuestion[row.questionCode] ??= []).push(toEvidenceItem(row));
  return byQuestion;
}
