import "server-only";
import { getAssessmentForUser } from "@/lib/assessment/access";
import { isUniqueViolation } from "@/lib/assessment/answers";
import { lkeOf, questionCodesOf } from "@/lib/assessment/lke-of";
import type { ConflictingAnswer } from "@/lib/assessment/save-answer";
import { appendAuditEvent } from "@/lib/audit/record-event";
import type { SessionUser } from "@/lib/auth/session";
import type { Db } from "@/lib/db/create-client";
import { Prisma } from "@/lib/db/generated/client";
import { DomainError } from "@/lib/errors";
import { getSection, sectionOfQuestion } from "@/lib/lke/sections";
import { parseAnswers } from "@/lib/scoring/answers";
import { judgeSave } from "@/lib/assessment/save-key";
import { toLiveSummary, type LiveSummary } from "@/lib/assessment/summary";
import { listReviewAnswers } from "./answers";
import { lockForReview, startReviewIfSubmitted } from "./review-lock";
import type { SaveTpiAnswerInput } from "./schemas";
import { scoreBothSides } from "./score-both";

export type TpiConflict = ConflictingAnswer & { flag: boolean };
export type TpiSaveOutcome = { status: "saved"; version: number; savedAt: Date; summary: LiveSummary } | { status: "conflict"; current: TpiConflict };

type Options = { db: Db; user: SessionUser; input: SaveTpiAnswerInput; now?: Date };

/**
 * Saves the TPI's value, note and "perlu perbaikan" flag for one question. Optimistic locking
 * on the answer's version, as the unit's save: a second reviewer who edited an older version
 * gets the first one's answer back instead of overwriting it.
 */
export async function saveTpiAnswer({ db, user, input, now = new Date() }: Options): Promise<TpiSaveOutcome> {
  if (user.role !== "TPI") throw new DomainError("Hanya anggota TPI yang dapat menilai LKE.");
  const assessment = await getAssessmentForUser({ db, user, assessmentId: input.assessmentId });
  if (!assessment) throw new DomainError("Penilaian tidak ditemukan atau tidak ditugaskan kepada Anda.");
  const lke = lkeOf(assessment.period);
  if (!questionCodesOf(lke).has(input.questionCode)) throw new DomainError(`Pertanyaan ${input.questionCode} tidak ada dalam LKE periode ini.`);
  const parsed = parseAnswers(lke, { [input.questionCode]: input.value ?? null });
  if (!parsed.ok) throw new DomainError(parsed.problems.map((p) => p.message).join(" "));
  const value = parsed.answers[input.questionCode] ?? null;
  const note = input.note?.trim() ? input.note.trim() : null;
  const data = { tpiValue: value ?? Prisma.DbNull, tpiNote: note, tpiFlag: input.flag, tpiUpdatedAt: now, tpiUpdatedById: user.id };
  const key = { assessmentId: assessment.id, questionCode: input.questionCode };

  let outcome: { status: "saved"; version: number; savedAt?: Date } | { status: "conflict" };
  try {
    outcome = await db.$transaction(async (tx) => {
      const locked = await lockForReview({ tx, assessmentId: assessment.id, reviewerId: user.id });
      const existing = await tx.answer.findUnique({ where: { assessmentId_questionCode: key }, select: { id: true, version: true, tpiValue: true, tpiNote: true, tpiFlag: true, lastSaveKey: true, tpiUpdatedAt: true } });
      const judged = judgeSave(existing, input);
      if (judged.kind === "replay") return { status: "saved" as const, version: judged.version, savedAt: existing?.tpiUpdatedAt ?? now };
      if (judged.kind === "conflict") return { status: "conflict" as const };
      const keyed = { ...data, lastSaveKey: input.saveKey ?? null };
      if (existing) {
        const updated = await tx.answer.updateMany({ where: { id: existing.id, version: judged.baseVersion }, data: { ...keyed, version: { increment: 1 } } });
        if (updated.count === 0) return { status: "conflict" as const };
      } else {
        await tx.answer.create({ data: { ...keyed, ...key, version: 1 } });
      }
      await startReviewIfSubmitted({ tx, assessmentId: assessment.id, locked, actorId: user.id });
      await appendAuditEvent(tx, {
        actorId: user.id,
        action: "answer.tpi_update",
        entityType: "Answer",
        entityId: input.questionCode,
        unitId: assessment.unitId,
        assessmentId: assessment.id,
        before: existing ? { value: existing.tpiValue ?? null, note: existing.tpiNote, flag: existing.tpiFlag } : null,
        after: { value, note, flag: input.flag },
      });
      return { status: "saved" as const, version: judged.baseVersion + 1 };
    });
  } catch (error) {
    // Two first saves of the same question at once: the loser sees the winner's answer
    // (or its own, when the winner was an earlier attempt of this very save).
    if (!isUniqueViolation(error)) throw error;
    const stored = await db.answer.findUnique({ where: { assessmentId_questionCode: key }, select: { version: true, lastSaveKey: true, tpiUpdatedAt: true } });
    const judged = judgeSave(stored, input);
    outcome = judged.kind === "replay" ? { status: "saved", version: judged.version, savedAt: stored?.tpiUpdatedAt ?? now } : { status: "conflict" };
  }
  if (outcome.status === "conflict") return { status: "conflict", current: await currentTpiAnswer(db, assessment.id, input.questionCode) };

  const scores = scoreBothSides({ lke, answers: (await listReviewAnswers({ db, assessmentId: assessment.id })).values() });
  const section = getSection(lke, sectionOfQuestion(lke, input.questionCode) ?? "");
  return { status: "saved", version: outcome.version, savedAt: outcome.savedAt ?? now, summary: toLiveSummary(scores.tpi, section?.area ?? null, input.questionCode) };
}

async function currentTpiAnswer(db: Db, assessmentId: string, questionCode: string): Promise<TpiConflict> {
  const row = await db.answer.findUnique({
    where: { assessmentId_questionCode: { assessmentId, questionCode } },
    select: { tpiValue: true, tpiNote: true, tpiFlag: true, version: true, tpiUpdatedAt: true, tpiUpdatedById: true },
  });
  const author = row?.tpiUpdatedById ? await db.user.findUnique({ where: { id: row.tpiUpdatedById }, select: { name: true } }) : null;
  return { value: row?.tpiValue ?? null, note: row?.tpiNote ?? null, flag: row?.tpiFlag ?? false, version: row?.version ?? 0, by: author?.name ?? null, at: row?.tpiUpdatedAt ?? null };
}
