import "server-only";
import { fieldError, type MutationOptions, requireActor, type Tx } from "@/lib/admin/mutation-support";
import { appendAuditEvent } from "@/lib/audit/record-event";
import { DomainError } from "@/lib/errors";
import { assertNotAfterToday, instansiToday } from "./today";
import type { StoredConditionFile } from "./condition-file";
import type { InstansiConditionInput, ProposalDeadlineInput } from "./condition-schemas";
import { dateColumn, isoDayOf } from "./time-zone";

type Options<I> = MutationOptions<I> & { now?: Date };

async function lockOpenPeriod(tx: Tx, periodId: string) {
  await tx.$queryRaw`SELECT id FROM "Period" WHERE id = ${periodId}::uuid FOR UPDATE`;
  const period = await tx.period.findUnique({ where: { id: periodId }, select: { id: true, year: true, name: true, status: true, proposalDeadline: true } });
  if (!period) throw new DomainError("Periode evaluasi tidak ditemukan.");
  // A closed period's values are what its evaluations were judged on; reopen it to correct them.
  if (period.status !== "OPEN") throw new DomainError(`Periode “${period.name}” sudah ditutup; buka kembali lebih dahulu untuk mengubah data Tabel 5.`);
  return period;
}

type ConditionRow = { value: string; documentName: string; documentDate: Date; sourceUrl: string | null; fileName: string | null; mimeType: string | null; size: number | null; sha256: string | null };

function snapshot(row: ConditionRow) {
  return { value: row.value, documentName: row.documentName, documentDate: isoDayOf(row.documentDate), sourceUrl: row.sourceUrl, fileName: row.fileName, sha256: row.sha256 };
}

/**
 * Saves one instansi Tabel 5 row of a period. `file`: a document just stored (condition-file.ts);
 * without one, a "FILE" source keeps the file saved before, and is refused when there is none.
 */
export async function saveInstansiCondition({ db, actorId, input, file, now = new Date() }: Options<InstansiConditionInput> & { file: StoredConditionFile | null }) {
  const { periodId, key } = input;
  return db.$transaction(async (tx) => {
    const period = await lockOpenPeriod(tx, periodId);
    assertNotAfterToday("documentDate", "Tanggal dokumen", input.documentDate, await instansiToday(tx, now));
    const before = await tx.instansiCondition.findUnique({ where: { periodId_key: { periodId, key } } });
    const kept = before?.sha256 && before.fileName && before.mimeType && before.size !== null
      ? { fileName: before.fileName, mimeType: before.mimeType, size: before.size, sha256: before.sha256 }
      : null;
    const document = input.sourceKind === "FILE" ? (file ?? kept) : null;
    if (input.sourceKind === "FILE" && !document) throw fieldError("file", "Pilih berkas dokumen sumber");
    const data = {
      value: input.value,
      documentName: input.documentName,
      documentDate: dateColumn(input.documentDate),
      sourceUrl: input.sourceKind === "LINK" ? input.sourceUrl : null,
      fileName: document?.fileName ?? null,
      mimeType: document?.mimeType ?? null,
      size: document?.size ?? null,
      sha256: document?.sha256 ?? null,
      updatedById: requireActor(actorId),
    };
    const saved = await tx.instansiCondition.upsert({ where: { periodId_key: { periodId, key } }, create: { periodId, key, ...data }, update: data });
    await appendAuditEvent(tx, {
      actorId,
      action: "instansi.save_condition",
      entityType: "InstansiCondition",
      entityId: saved.id,
      before: before ? { periodId, key, ...snapshot(before) } : null,
      after: { periodId, key, ...snapshot(saved) },
    });
    return { id: saved.id, periodId, year: period.year, key };
  });
}

/** Sets or clears (null: 31 May) the day proposals of the period are due at TPN. */
export async function updateProposalDeadline({ db, actorId, input }: MutationOptions<ProposalDeadlineInput>) {
  return db.$transaction(async (tx) => {
    const period = await lockOpenPeriod(tx, input.periodId);
    if (input.proposalDeadline !== null && input.proposalDeadline < `${period.year}-01-01`) {
      throw fieldError("proposalDeadline", `Batas pengusulan ke TPN tidak boleh sebelum tahun periode (${period.year})`);
    }
    await tx.period.update({ where: { id: period.id }, data: { proposalDeadline: input.proposalDeadline ? dateColumn(input.proposalDeadline) : null } });
    await appendAuditEvent(tx, {
      actorId,
      action: "period.update_proposal_deadline",
      entityType: "Period",
      entityId: period.id,
      before: { proposalDeadline: period.proposalDeadline ? isoDayOf(period.proposalDeadline) : null },
      after: { proposalDeadline: input.proposalDeadline },
    });
    return { id: period.id, name: period.name };
  });
}
