import "server-only";
import type { Readable } from "node:stream";
import { getAssessmentForUser } from "@/lib/assessment/access";
import { appendAuditEvent } from "@/lib/audit/record-event";
import type { SessionUser } from "@/lib/auth/session";
import type { Db } from "@/lib/db/create-client";
import { buildDownloadHeaders } from "@/lib/evidence/download-headers";
import { EvidenceRefusal } from "@/lib/evidence/errors";
import type { EvidenceContent } from "@/lib/evidence/content";
import type { EvidenceStorage } from "@/lib/evidence/storage";
import { storeConditionFile } from "@/lib/instansi/condition-file";

// The signed LHE, scanned back as a PDF and kept as the LHE of record. Stored in the bukti dukung
// storage by the same rules (size limit, type from the bytes) and then held to PDF only. Uploaded
// by the unit's ketua tim or ADMIN once the assessment is FINAL; a new scan replaces the old
// one, and the audit trail keeps both sha256.

export type SignedLhe = { fileName: string; size: number; sha256: string; signedAt: Date };

type UploadOptions = { db: Db; storage: EvidenceStorage; user: SessionUser; assessmentId: string; fileName: string; content: EvidenceContent; maxBytes: number };

async function mayUpload(db: Db, user: SessionUser, assessment: { period: { id: string }; unitId: string }): Promise<boolean> {
  if (user.role === "ADMIN") return true;
  if (user.role !== "TPI") return false;
  return (await db.reviewAssignment.count({ where: { periodId: assessment.period.id, unitId: assessment.unitId, reviewerId: user.id, isLead: true } })) > 0;
}

export async function uploadSignedLhe({ db, storage, user, assessmentId, fileName, content, maxBytes }: UploadOptions): Promise<SignedLhe> {
  const assessment = await getAssessmentForUser({ db, user, assessmentId });
  if (!assessment) throw new EvidenceRefusal({ status: 404, message: "Penilaian tidak ditemukan atau tidak ditugaskan kepada Anda." });
  if (!(await mayUpload(db, user, assessment))) throw new EvidenceRefusal({ status: 403, message: "Hanya ketua tim TPI unit ini atau admin yang dapat mengunggah LHE bertanda tangan." });
  if (assessment.state !== "FINAL") throw new EvidenceRefusal({ status: 400, message: "LHE bertanda tangan hanya dapat diunggah setelah penilaian final." });
  const stored = await storeConditionFile({ storage, fileName, content, maxBytes });
  if (stored.mimeType !== "application/pdf") throw new EvidenceRefusal({ status: 415, message: "LHE bertanda tangan harus berupa berkas PDF hasil pindai." });
  const signedAt = new Date();
  return db.$transaction(async (tx) => {
    const row = await tx.assessment.findFirst({ where: { id: assessment.id, state: "FINAL" }, select: { lhe: { select: { signedFileName: true, signedSha256: true } } } });
    if (!row) throw new EvidenceRefusal({ status: 400, message: "Penilaian tidak lagi final; LHE bertanda tangan tidak disimpan." });
    const data = { signedFileName: stored.fileName, signedSize: stored.size, signedSha256: stored.sha256, signedById: user.id, signedAt, updatedById: user.id };
    await tx.lheRecord.upsert({ where: { assessmentId: assessment.id }, create: { assessmentId: assessment.id, ...data }, update: data });
    await appendAuditEvent(tx, {
      actorId: user.id,
      action: "lhe.signed_upload",
      entityType: "LheRecord",
      entityId: assessment.id,
      unitId: assessment.unitId,
      assessmentId: assessment.id,
      before: row.lhe?.signedSha256 ? { fileName: row.lhe.signedFileName, sha256: row.lhe.signedSha256 } : null,
      after: { fileName: stored.fileName, size: stored.size, sha256: stored.sha256 },
    });
    return { fileName: stored.fileName, size: stored.size, sha256: stored.sha256, signedAt };
  });
}

/** The signed LHE of an assessment this user may see, or null. */
export async function getSignedLhe({ db, user, assessmentId }: { db: Db; user: SessionUser; assessmentId: string }): Promise<SignedLhe | null> {
  const assessment = await getAssessmentForUser({ db, user, assessmentId });
  if (!assessment) return null;
  const row = await db.lheRecord.findUnique({ where: { assessmentId: assessment.id }, select: { signedFileName: true, signedSize: true, signedSha256: true, signedAt: true } });
  if (!row?.signedSha256 || !row.signedFileName || row.signedSize === null || !row.signedAt) return null;
  return { fileName: row.signedFileName, size: row.signedSize, sha256: row.signedSha256, signedAt: row.signedAt };
}

export async function getSignedLheDownload({ db, storage, user, assessmentId }: { db: Db; storage: EvidenceStorage; user: SessionUser; assessmentId: string }): Promise<{ body: Readable; headers: Record<string, string> } | null> {
  const signed = await getSignedLhe({ db, user, assessmentId });
  if (!signed) return null;
  const body = await storage.get({ sha256: signed.sha256 });
  if (!body) {
    console.error("[lhe] signed scan missing from storage", { assessmentId, sha256: signed.sha256 });
    return null;
  }
  return { body, headers: buildDownloadHeaders({ fileName: signed.fileName, mimeType: "application/pdf", size: signed.size, forceAttachment: false }) };
}
