import "server-only";
import { assertStillEditable as assertAssessmentStillEditable, getAssessmentForUser, requireEditableAssessment, type AccessibleAssessment } from "@/lib/assessment/access";
import type { SessionUser } from "@/lib/auth/session";
import type { Db } from "@/lib/db/create-client";
import type { Prisma } from "@/lib/db/generated/client";
import { DomainError } from "@/lib/errors";
import { getLkeVersion } from "@/lib/lke/versions";
import { listQuestionEntries } from "@/lib/lke/walk";
import { EvidenceRefusal } from "./errors";

export type Tx = Prisma.TransactionClient;

/** questionCode: the question written to; in a RETURNED LKE only returned questions are open. */
type TargetOptions = { db: Db; user: SessionUser; assessmentId: string; now?: Date; questionCode?: string };

/**
 * requireEditableAssessment with an HTTP status: 404 when the operator may not even see the
 * assessment (another unit's, or none), 403 when it is locked or the role may not write.
 */
export async function requireEditableForEvidence({ db, user, assessmentId, now, questionCode }: TargetOptions): Promise<AccessibleAssessment> {
  try {
    return await requireEditableAssessment({ db, user, assessmentId, now, questionCode });
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    const visible = user.role !== "OPERATOR" || (await getAssessmentForUser({ db, user, assessmentId })) !== null;
    throw new EvidenceRefusal({ status: visible ? 403 : 404, message: error.message });
  }
}

/** As above, and the question must belong to the LKE version of the assessment's period. */
export async function requireEvidenceTarget(options: TargetOptions & { questionCode: string }): Promise<AccessibleAssessment> {
  const assessment = await requireEditableForEvidence(options);
  if (!lkeHasQuestion({ lkeVersionId: assessment.period.lkeVersionId, questionCode: options.questionCode })) {
    throw new EvidenceRefusal({ status: 400, message: "Pertanyaan LKE ini tidak ada pada versi LKE periode tersebut." });
  }
  return assessment;
}

const questionCodes = new Map<string, ReadonlySet<string>>();

export function lkeHasQuestion({ lkeVersionId, questionCode }: { lkeVersionId: string; questionCode: string }): boolean {
  let codes = questionCodes.get(lkeVersionId);
  if (!codes) {
    const lke = getLkeVersion(lkeVersionId);
    if (!lke) return false;
    codes = new Set(listQuestionEntries(lke).map((entry) => entry.question.code));
    questionCodes.set(lkeVersionId, codes);
  }
  return codes.has(questionCode);
}

/** Inside the write's transaction: lib/assessment's re-check, as an HTTP refusal. */
export async function assertStillEditable({ tx, assessmentId, now, questionCode }: { tx: Tx; assessmentId: string; now?: Date; questionCode?: string }): Promise<void> {
  try {
    await assertAssessmentStillEditable({ tx, assessmentId, now, questionCode });
  } catch (error) {
    if (error instanceof DomainError) throw new EvidenceRefusal({ status: 403, message: error.message });
    throw error;
  }
}
