import "server-only";
import { randomUUID } from "node:crypto";
import { createReadStream } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileTypeFromFile } from "file-type";
import { appendAuditEvent } from "@/lib/audit/record-event";
import type { SessionUser } from "@/lib/auth/session";
import type { Db } from "@/lib/db/create-client";
import { writeContentToFile, type EvidenceContent } from "./content";
import { EvidenceRefusal } from "./errors";
import { sanitizeFileName } from "./file-name";
import { assertStillEditable, requireEvidenceTarget } from "./guard";
import type { EvidenceStorage } from "./storage";
import { decideEvidenceType } from "./type-policy";
import { EVIDENCE_ITEM_SELECT, toEvidenceItem, type EvidenceItem } from "./types";

export type UploadEvidenceOptions = {
  db: Db;
  storage: EvidenceStorage;
  user: SessionUser;
  assessmentId: string;
  questionCode: string;
  /** The uploader's name for the file; only cleaned and shown, never used as a path. */
  fileName: string;
  content: EvidenceContent;
  maxBytes: number;
  now?: Date;
  /** Where the upload waits while its type is checked; default the system temp folder. */
  tmpDir?: string;
};

/**
 * Adds one file of bukti dukung to a question. Refuses (EvidenceRefusal) before reading a byte
 * when the user may not write, then while reading when the file is too large, then when it is
 * empty or its bytes are not an accepted type. Stores the bytes, then the row and its audit
 * event in one transaction.
 */
export async function uploadEvidence(options: UploadEvidenceOptions): Promise<EvidenceItem> {
  const { db, storage, user, assessmentId, questionCode, now } = options;
  const assessment = await requireEvidenceTarget({ db, user, assessmentId, questionCode, now });
  const spoolDir = await mkdtemp(path.join(options.tmpDir ?? tmpdir(), "bukti-"));
  try {
    const spooled = path.join(spoolDir, randomUUID());
    const written = await writeContentToFile({ content: options.content, path: spooled, maxBytes: options.maxBytes });
    if (written.size === 0) throw new EvidenceRefusal({ status: 400, message: "Berkas kosong (0 byte); pilih berkas yang berisi." });
    const decision = decideEvidenceType({ detected: await fileTypeFromFile(spooled), fileName: options.fileName });
    if (!decision.ok) throw new EvidenceRefusal({ status: 415, message: decision.message });
    const stored = await storage.put({ content: createReadStream(spooled) });
    if (stored.sha256 !== written.sha256) throw new Error("Penyimpanan bukti dukung mengembalikan sha256 yang berbeda");
    const fileName = sanitizeFileName({ name: options.fileName, ext: decision.type.ext });
    return await db.$transaction(async (tx) => {
      await assertStillEditable({ tx, assessmentId, now, questionCode });
      const row = await tx.evidence.create({
        data: { assessmentId, questionCode, kind: "FILE", fileName, mimeType: decision.type.mime, size: stored.size, sha256: stored.sha256, uploadedById: user.id },
        select: EVIDENCE_ITEM_SELECT,
      });
      await appendAuditEvent(tx, {
        actorId: user.id,
        action: "evidence.upload",
        entityType: "Evidence",
        entityId: row.id,
        unitId: assessment.unitId,
        assessmentId,
        after: { questionCode, fileName, mimeType: decision.type.mime, size: stored.size, sha256: stored.sha256 },
      });
      return toEvidenceItem(row);
    });
  } finally {
    await rm(spoolDir, { recursive: true, force: true });
  }
}
