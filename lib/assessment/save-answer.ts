import "server-only";
import type { LockedAssessment } from "./edit-lock";
import { appendAuditEvent } from "@/lib/audit/record-event";
import type { SessionUser } from "@/lib/auth/session";
import type { Db } from "@/lib/db/create-client";
import type { Prisma } from "@/lib/db/generated/client";
import { DomainError } from "@/lib/errors";
import type { LkeVersion } from "@/lib/lke/schema";
import { parseAnswers } from "@/lib/scoring/answers";
import { NOT_FOUND_REFUSAL, OPERATOR_ONLY_REFUSAL, unitEditRefusal } from "./access";
import type { SaveAnswerInput } from "./answer-form";
import { isUniqueViolation } from "./answers";
import { lockAssessment } from "./edit-lock";
import { lkeOf, questionCodesOf } from "./lke-of";
import { judgeSave } from "./save-key";

export type ConflictingAnswer = { value: unknown; note: string | null; version: number; by: string | null; at: Date | null };
export type SaveOutcome = { status: "saved"; version: number; savedAt: Date } | { status: "conflict"; current: ConflictingAnswer };

type SaveOptions = { db: Db; user: SessionUser; input: SaveAnswerInput; now?: Date };

// Autosave is the portal's busiest write. Its transaction is four statements: the unit-scoped
// read that locks the assessment and period, the answer's read, its write, the audit event.
// maxWait: at saturation (100 operators on a pool of 10 connections) a save may wait seconds for
// a connection; waiting is better than Prisma's 2 s default turning it into "gagal disimpan".
// timeout: nothing inside queues any more (the audit chain is sealed after commit), so 10 s
// is only a bound for a machine starved of CPU.
const SAVE_TRANSACTION = { maxWait: 15_000, timeout: 10_000 } as const;

/**
 * Saves one answer of the unit. Optimistic locking: the caller says which version it edited;
 * if someone saved the question in between, nothing is written and the other person's
 * answer comes back, so that no one overwrites another silently. A retry of a save that already
 * committed (same saveKey) answers "saved" without writing twice (lib/assessment/save-key.ts).
 */
export async function saveUnitAnswer(options: SaveOptions): Promise<SaveOutcome> {
  return (await saveUnitAnswerWithLke(options)).outcome;
}

/** saveUnitAnswer, and the LKE of the assessment when it saved (the caller scores with it). */
export async function saveUnitAnswerWithLke({ db, user, input, now = new Date() }: SaveOptions): Promise<{ outcome: SaveOutcome; lke: LkeVersion | null; assessment?: LockedAssessment }> {
  if (user.role !== "OPERATOR") throw new DomainError(OPERATOR_ONLY_REFUSAL);
  if (!user.unitId) throw new DomainError(NOT_FOUND_REFUSAL);
  const unitId = user.unitId;
  try {
    return await db.$transaction(async (tx) => {
      // Authorization (the unit's own assessment), lock and state in one round trip.
      const assessment = await lockAssessment({ tx, assessmentId: input.assessmentId, unitId });
      if (!assessment) throw new DomainError(NOT_FOUND_REFUSAL);
      const where = { assessmentId_questionCode: { assessmentId: assessment.id, questionCode: input.questionCode } };
      const existing = await tx.answer.findUnique({ where, select: { id: true, version: true, unitValue: true, unitNote: true, returnedRound: true, lastSaveKey: true, unitUpdatedAt: true } });
      const refusal = unitEditRefusal(assessment, now, { returnedRound: existing?.returnedRound ?? null });
      if (refusal) throw new DomainError(refusal);
      const lke = lkeOf(assessment.period);
      if (!questionCodesOf(lke).has(input.questionCode)) throw new DomainError(`Pertanyaan ${input.questionCode} tidak ada dalam LKE periode ini.`);
      const parsed = parseAnswers(lke, { [input.questionCode]: input.value ?? null });
      if (!parsed.ok) throw new DomainError(parsed.problems.map((p) => p.message).join(" "));
      const value = parsed.answers[input.questionCode] ?? null;
      const data = { unitValue: (value ?? null) as Prisma.InputJsonValue, unitNote: input.note, unitUpdatedAt: now, unitUpdatedById: user.id, needsRecheck: false };

      const conflict = async () => ({ outcome: { status: "conflict" as const, current: await currentAnswer(tx, assessment.id, input.questionCode) }, lke: null });
      const judged = judgeSave(existing, input);
      if (judged.kind === "replay") return { outcome: { status: "saved" as const, version: judged.version, savedAt: existing?.unitUpdatedAt ?? now }, lke, assessment };
      if (judged.kind === "conflict") return conflict();
      const keyed = { ...data, lastSaveKey: input.saveKey ?? null };
      let version: number;
      if (existing) {
        const updated = await tx.answer.updateMany({ where: { id: existing.id, version: judged.baseVersion }, data: { ...keyed, version: { increment: 1 } } });
        if (updated.count === 0) return conflict();
        version = judged.baseVersion + 1;
      } else {
        await tx.answer.create({ data: { ...keyed, assessmentId: assessment.id, questionCode: input.questionCode, version: 1 } });
        version = 1;
      }
      await appendAuditEvent(tx, {
        actorId: user.id,
        action: "answer.unit_update",
        entityType: "Answer",
        entityId: input.questionCode,
        unitId: assessment.unitId,
        assessmentId: assessment.id,
        before: existing ? { value: existing.unitValue, note: existing.unitNote } : null,
        after: { value: data.unitValue, note: data.unitNote },
      });
      return { outcome: { status: "saved" as const, version, savedAt: now }, lke, assessment };
    }, SAVE_TRANSACTION);
  } catch (error) {
    // Two first saves of the same question at once: the loser sees the winner's answer
    // (or its own, when the winner was an earlier attempt of this very save).
    if (!isUniqueViolation(error)) throw error;
    const stored = await db.answer.findUnique({ where: { assessmentId_questionCode: { assessmentId: input.assessmentId, questionCode: input.questionCode } }, select: { version: true, lastSaveKey: true, unitUpdatedAt: true } });
    const judged = judgeSave(stored, input);
    if (judged.kind === "replay") return { outcome: { status: "saved", version: judged.version, savedAt: stored?.unitUpdatedAt ?? now }, lke: null };
    return { outcome: { status: "conflict", current: await currentAnswer(db, input.assessmentId, input.questionCode) }, lke: null };
  }
}

async function currentAnswer(db: Pick<Db, "answer" | "user">, assessmentId: string, questionCode: string): Promise<ConflictingAnswer> {
  const row = await db.answer.findUnique({
    where: { assessmentId_questionCode: { assessmentId, questionCode } },
    select: { unitValue: true, unitNote: true, version: true, unitUpdatedAt: true, unitUpdatedById: true },
  });
  const author = row?.unitUpdatedById ? await db.user.findUnique({ where: { id: row.unitUpdatedById }, select: { name: true } }) : null;
  return { value: row?.unitValue ?? null, note: row?.unitNote ?? null, version: row?.version ?? 0, by: author?.name ?? null, at: row?.unitUpdatedAt ?? null };
}
