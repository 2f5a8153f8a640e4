import "server-only";
import { assertStillEditable, requireEditableAssessment } from "@/lib/assessment/access";
import { lkeOf } from "@/lib/assessment/lke-of";
import { appendAuditEvent } from "@/lib/audit/record-event";
import type { SessionUser } from "@/lib/auth/session";
import type { Db } from "@/lib/db/create-client";
import type { Prisma } from "@/lib/db/generated/client";
import { DomainError } from "@/lib/errors";
import { findQuestion } from "@/lib/lke/sections";
import { describeAnswerInline } from "@/lib/review/describe-answer";
import { type Answers } from "@/lib/scoring/answers";
import { scoreAssessment } from "@/lib/scoring/score-assessment";
import { readLkeWorkbook, type UnreadableRow } from "./read-workbook";

// Importing a filled LKE workbook into the unit's DRAFT (OPERATOR): first a preview that writes
// nothing, then the same file applied in one transaction with an audit event per answer, every
// imported answer marked "perlu dicek ulang" as copy forward does.

export type ImportLine = { code: string; row: number; current: string; imported: string; status: "baru" | "berubah" | "sama" };
export type ImportPreview = { lines: ImportLine[]; unreadable: UnreadableRow[]; conflicts: number; changes: number; totalBefore: number; totalAfter: number };

type Options = { db: Db; user: SessionUser; assessmentId: string; bytes: Uint8Array; now?: Date };

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

async function prepare({ db, user, assessmentId, bytes, now }: Options) {
  const assessment = await requireEditableAssessment({ db, user, assessmentId, now });
  if (assessment.state !== "DRAFT") throw new DomainError("Impor LKE hanya untuk LKE berstatus Draf.");
  const lke = lkeOf(assessment.period);
  const read = await readLkeWorkbook({ lke, bytes });
  if (!read.ok) throw new DomainError(read.error);
  const stored = await db.answer.findMany({ where: { assessmentId: assessment.id }, select: { questionCode: true, unitValue: true, unitNote: true } });
  const current = new Map(stored.map((a) => [a.questionCode, a]));
  const lines: ImportLine[] = [...read.answers].map(([code, imported]) => {
    const question = findQuestion(lke, code)!;
    const before = current.get(code)?.unitValue ?? null;
    const status = before === null ? "baru" : same(before, imported.value) ? "sama" : "berubah";
    return { code, row: imported.row, current: before === null ? "(kosong)" : describeAnswerInline(question, before), imported: describeAnswerInline(question, imported.value), status };
  });
  const currentAnswers: Record<string, unknown> = Object.fromEntries(stored.filter((a) => a.unitValue !== null).map((a) => [a.questionCode, a.unitValue]));
  const merged = { ...currentAnswers, ...Object.fromEntries([...read.answers].map(([code, a]) => [code, a.value])) };
  const preview: ImportPreview = {
    lines,
    unreadable: read.unreadable,
    conflicts: lines.filter((l) => l.status === "berubah").length,
    changes: lines.filter((l) => l.status !== "sama").length,
    totalBefore: scoreAssessment({ lke, answers: currentAnswers as Answers }).total,
    totalAfter: scoreAssessment({ lke, answers: merged as Answers }).total,
  };
  return { assessment, read, current, preview };
}

/** What importing this file would change, without writing anything. */
export async function previewLkeImport(options: Options): Promise<ImportPreview> {
  return (await prepare(options)).preview;
}

/** Writes the file's answers (and notes) that differ from the stored ones; refusals change nothing. */
export async function applyLkeImport(options: Options): Promise<ImportPreview> {
  const { assessment, read, current, preview } = await prepare(options);
  const { db, user, now = new Date() } = options;
  await db.$transaction(async (tx) => {
    await assertStillEditable({ tx, assessmentId: assessment.id, now });
    for (const [code, imported] of read.answers) {
      const before = current.get(code);
      const note = imported.note ?? before?.unitNote ?? null;
      if (before && same(before.unitValue, imported.value) && note === before.unitNote) continue;
      const data = { unitValue: imported.value as Prisma.InputJsonValue, unitNote: note, unitUpdatedAt: now, unitUpdatedById: user.id, needsRecheck: true };
      await tx.answer.upsert({
        where: { assessmentId_questionCode: { assessmentId: assessment.id, questionCode: code } },
        create: { assessmentId: assessment.id, questionCode: code, ...data },
        update: { ...data, version: { increment: 1 } },
      });
      await appendAuditEvent(tx, {
        actorId: user.id,
        action: "answer.import",
        entityType: "Answer",
        entityId: code,
        unitId: assessment.unitId,
        assessmentId: assessment.id,
        before: before ? { value: before.unitValue ?? null, note: before.unitNote } : null,
        after: { value: imported.value as Prisma.InputJsonValue, note, row: imported.row },
      });
    }
    await appendAuditEvent(tx, {
      actorId: user.id,
      action: "assessment.import_workbook",
      entityType: "Assessment",
      entityId: assessment.id,
      unitId: assessment.unitId,
      assessmentId: assessment.id,
      after: { changes: preview.changes, conflicts: preview.conflicts, unreadable: preview.unreadable.map((u) => `${u.row}:${u.code}`), totalAfter: preview.totalAfter },
    });
  });
  return preview;
}
