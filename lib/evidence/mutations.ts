import "server-only";
import { appendAuditEvent } from "@/lib/audit/record-event";
import type { SessionUser } from "@/lib/auth/session";
import type { Db } from "@/lib/db/create-client";
import { DomainError } from "@/lib/errors";
import { assertStillEditable, requireEditableForEvidence, requireEvidenceTarget } from "./guard";
import type { EvidenceDeleteInput, EvidenceLinkInput } from "./schemas";
import { EVIDENCE_ITEM_SELECT, toEvidenceItem, type EvidenceItem } from "./types";

type MutationOptions<I> = { db: Db; user: SessionUser; input: I; now?: Date };

/** Adds a link (http/https, already parsed by EvidenceLinkSchema) as bukti dukung of a question. */
export async function createEvidenceLink({ db, user, input, now }: MutationOptions<EvidenceLinkInput>): Promise<EvidenceItem> {
  const { assessmentId, questionCode, url } = input;
  const assessment = await requireEvidenceTarget({ db, user, assessmentId, questionCode, now });
  return db.$transaction(async (tx) => {
    await assertStillEditable({ tx, assessmentId, now, questionCode });
    const duplicate = await tx.evidence.findFirst({ where: { assessmentId, questionCode, kind: "LINK", url }, select: { id: true } });
    if (duplicate) throw new DomainError("Tautan ini sudah ada pada pertanyaan tersebut.", { url: ["Tautan ini sudah ditambahkan."] });
    const row = await tx.evidence.create({
      data: { assessmentId, questionCode, kind: "LINK", url, uploadedById: user.id },
      select: EVIDENCE_ITEM_SELECT,
    });
    await appendAuditEvent(tx, {
      actorId: user.id,
      action: "evidence.link",
      entityType: "Evidence",
      entityId: row.id,
      unitId: assessment.unitId,
      assessmentId,
      after: { questionCode, url },
    });
    return toEvidenceItem(row);
  });
}

/**
 * Removes one bukti dukung from the assessment, found by both ids. The stored bytes stay: they
 * are addressed by content and may back other rows (the same file on another question or year).
 */
export async function deleteEvidence({ db, user, input, now }: MutationOptions<EvidenceDeleteInput>): Promise<{ id: string }> {
  const { assessmentId, evidenceId } = input;
  // The question decides whether a RETURNED LKE lets the unit touch it; the access check follows.
  const target = await db.evidence.findFirst({ where: { id: evidenceId, assessmentId }, select: { questionCode: true } });
  const assessment = await requireEditableForEvidence({ db, user, assessmentId, now, questionCode: target?.questionCode });
  return db.$transaction(async (tx) => {
    const before = await tx.evidence.findFirst({ where: { id: evidenceId, assessmentId }, select: { ...EVIDENCE_ITEM_SELECT, sha256: true } });
    await assertStillEditable({ tx, assessmentId, now, questionCode: before?.questionCode });
    if (!before) throw new DomainError("Bukti dukung tidak ditemukan; mungkin sudah dihapus.");
    await tx.evidence.deleteMany({ where: { id: evidenceId, assessmentId } });
    await appendAuditEvent(tx, {
      actorId: user.id,
      action: "evidence.delete",
      entityType: "Evidence",
      entityId: evidenceId,
      unitId: assessment.unitId,
      assessmentId,
      before: { ...before, createdAt: before.createdAt.toISOString() },
    });
    return { id: evidenceId };
  });
}
