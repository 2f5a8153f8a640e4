import "server-only";
import { z } from "zod";
import { IdSchema } from "@/lib/admin/schema-helpers";
import { uniqueViolationField } from "@/lib/admin/mutation-support";
import { appendAuditEvent } from "@/lib/audit/record-event";
import type { Db } from "@/lib/db/create-client";
import { Prisma } from "@/lib/db/generated/client";
import { DomainError } from "@/lib/errors";
import type { LkeVersion } from "@/lib/lke/schema";
import { parseAnswers } from "@/lib/scoring/answers";
import { unitEditRefusal } from "./access";
import { lkeOf, questionCodesOf } from "./lke-of";

// "Mulai dari jawaban tahun lalu": a unit starts an empty DRAFT from the answers and bukti dukung
// of its most recent earlier period. Everything copied is marked for re-check, because last
// year's evidence proves last year's conditions.

export const CopyForwardSchema = z.object({ assessmentId: IdSchema });

export type CopyForwardResult = { answers: number; evidence: number; skipped: number };
export type CopySource = { assessmentId: string; year: number; periodName: string; answerCount: number };

const NOT_EMPTY = "LKE ini sudah berisi jawaban atau bukti dukung; salin dari tahun lalu hanya untuk LKE yang masih kosong.";

type Where = { db: Prisma.TransactionClient | Db; unitId: string; beforeYear: number };

/** The unit's most recent assessment before `beforeYear` that has at least one answer. */
function findSource({ db, unitId, beforeYear }: Where) {
  return db.assessment.findFirst({
    where: { unitId, period: { year: { lt: beforeYear } }, answers: { some: {} } },
    orderBy: { period: { year: "desc" } },
    select: { id: true, period: { select: { year: true, name: true } }, _count: { select: { answers: true } } },
  });
}

/** Where this assessment could be copied from, or null. The caller has already checked access. */
export async function findCopySource({ db, assessmentId }: { db: Db; assessmentId: string }): Promise<CopySource | null> {
  const target = await db.assessment.findUnique({ where: { id: assessmentId }, select: { unitId: true, period: { select: { year: true } } } });
  if (!target) return null;
  const source = await findSource({ db, unitId: target.unitId, beforeYear: target.period.year });
  if (!source) return null;
  return { assessmentId: source.id, year: source.period.year, periodName: source.period.name, answerCount: source._count.answers };
}

/** The value as the new LKE reads it: undefined when it no longer fits the question. */
function carryValue(lke: LkeVersion, code: string, value: Prisma.JsonValue): Prisma.InputJsonValue | null | undefined {
  if (value === null) return null;
  const parsed = parseAnswers(lke, { [code]: value });
  return parsed.ok ? parsed.answers[code] : undefined;
}

type CopyOptions = { db: Db; actorId: string; unitId: string; assessmentId: string; now?: Date };

/**
 * Copies the previous period's answers (value and note) and evidence into an empty, editable DRAFT
 * of the same unit, in one transaction. Questions the new LKE lacks, and values that no longer fit
 * their question, are skipped. `unitId` scopes the target: another unit's assessment is "not found".
 */
export async function copyForward({ db, actorId, unitId, assessmentId, now = new Date() }: CopyOptions): Promise<CopyForwardResult> {
  try {
    return await db.$transaction(async (tx) => {
      // The target row is locked against a concurrent copy or answer; its period against a close.
      await tx.$queryRaw`SELECT a.id FROM "Assessment" a JOIN "Period" p ON p.id = a."periodId"
        WHERE a.id = ${assessmentId}::uuid AND a."unitId" = ${unitId}::uuid FOR UPDATE OF a FOR SHARE OF p`;
      const target = await tx.assessment.findFirst({
        where: { id: assessmentId, unitId },
        select: { state: true, period: { select: { id: true, name: true, year: true, status: true, deadline: true, lkeVersionId: true } }, _count: { select: { answers: true, evidence: true } } },
      });
      if (!target) throw new DomainError("Penilaian tidak ditemukan atau bukan milik unit Anda.");
      const refusal = unitEditRefusal(target, now);
      if (refusal) throw new DomainError(refusal);
      if (target._count.answers > 0 || target._count.evidence > 0) throw new DomainError(NOT_EMPTY);

      const source = await findSource({ db: tx, unitId, beforeYear: target.period.year });
      if (!source) throw new DomainError("Belum ada jawaban dari periode sebelumnya yang dapat disalin.");
      const lke = lkeOf(target.period);
      const codes = questionCodesOf(lke);
      const [answers, evidence] = await Promise.all([
        tx.answer.findMany({ where: { assessmentId: source.id }, orderBy: { questionCode: "asc" }, select: { questionCode: true, unitValue: true, unitNote: true } }),
        tx.evidence.findMany({ where: { assessmentId: source.id }, orderBy: { createdAt: "asc" } }),
      ]);

      const skippedCodes: string[] = [];
      const copied: Prisma.AnswerCreateManyInput[] = [];
      for (const answer of answers) {
        const value = codes.has(answer.questionCode) ? carryValue(lke, answer.questionCode, answer.unitValue) : undefined;
        if (value === undefined) skippedCodes.push(answer.questionCode);
        else if (value !== null || answer.unitNote) {
          copied.push({ assessmentId, questionCode: answer.questionCode, unitValue: value ?? Prisma.DbNull, unitNote: answer.unitNote, unitUpdatedAt: now, unitUpdatedById: actorId, needsRecheck: true });
        }
      }
      // Content-addressed storage: a FILE row names its content by sha256, so the copy shares the file.
      const carried = evidence
        .filter((item) => codes.has(item.questionCode))
        .map(({ questionCode, kind, fileName, mimeType, size, sha256, url }) => ({ assessmentId, questionCode, kind, fileName, mimeType, size, sha256, url, needsRecheck: true, uploadedById: actorId }));
      await tx.answer.createMany({ data: copied });
      await tx.evidence.createMany({ data: carried });

      const result = { answers: copied.length, evidence: carried.length, skipped: skippedCodes.length };
      await appendAuditEvent(tx, {
        actorId,
        action: "assessment.copy_forward",
        entityType: "Assessment",
        entityId: assessmentId,
        unitId,
        assessmentId,
        after: { ...result, sourceAssessmentId: source.id, sourceYear: source.period.year, skippedCodes, evidenceSkipped: evidence.length - carried.length },
      });
      return result;
    });
  } catch (error) {
    // An answer saved between our check and our insert: the LKE is no longer empty.
    if (uniqueViolationField(error, ["questionCode"]) !== null) throw new DomainError(NOT_EMPTY);
    throw error;
  }
}
