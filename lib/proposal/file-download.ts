import "server-only";
import type { Readable } from "node:stream";
import type { SessionUser } from "@/lib/auth/session";
import type { Db } from "@/lib/db/create-client";
import { buildDownloadHeaders } from "@/lib/evidence/download-headers";
import type { EvidenceStorage } from "@/lib/evidence/storage";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An uploaded proposal document for ADMIN or PIMPINAN, or null (404 for everyone else too). */
export async function getProposalFileDownload({ db, storage, user, fileId }: { db: Db; storage: EvidenceStorage; user: SessionUser; fileId: string }): Promise<{ body: Readable; headers: Record<string, string> } | null> {
  if ((user.role !== "ADMIN" && user.role !== "PIMPINAN") || !UUID.test(fileId)) return null;
  const row = await db.proposalFile.findUnique({ where: { id: fileId }, select: { fileName: true, mimeType: true, size: true, sha256: true } });
  if (!row) return null;
  const body = await storage.get({ sha256: row.sha256 });
  if (!body) return null;
  return { body, headers: buildDownloadHeaders({ fileName: row.fileName, mimeType: row.mimeType, size: row.size, forceAttachment: true }) };
}
