import "server-only";
import type { Readable } from "node:stream";
import type { SessionUser } from "@/lib/auth/session";
import type { Db } from "@/lib/db/create-client";
import type { Role } from "@/lib/db/generated/enums";
import { buildDownloadHeaders } from "@/lib/evidence/download-headers";
import type { EvidenceStorage } from "@/lib/evidence/storage";

/** Who reads the instansi's Tabel 5 documents: Bagian Organisasi, the TPI and the leaders. */
export const CONDITION_READERS: readonly Role[] = ["ADMIN", "TPI", "PIMPINAN"];

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type Options = { db: Db; storage: EvidenceStorage; user: SessionUser; conditionId: string; forceAttachment: boolean };

/**
 * A Tabel 5 source file with its headers (the bukti dukung's: nosniff, sandbox CSP, inline only
 * for PDF and images), or null when it does not exist, is a link, or the role may not read it.
 */
export async function getConditionDownload({ db, storage, user, conditionId, forceAttachment }: Options): Promise<{ body: Readable; headers: Record<string, string> } | null> {
  if (!CONDITION_READERS.includes(user.role) || !UUID.test(conditionId)) return null;
  const row = await db.instansiCondition.findUnique({ where: { id: conditionId }, select: { fileName: true, mimeType: true, size: true, sha256: true } });
  if (!row?.sha256) return null;
  const body = await storage.get({ sha256: row.sha256 });
  if (!body) {
    console.error("[tabel5] stored file missing", { conditionId, sha256: row.sha256 });
    return null;
  }
  const headers = buildDownloadHeaders({ fileName: row.fileName ?? "dokumen-tabel5", mimeType: row.mimeType ?? "application/octet-stream", size: row.size, forceAttachment });
  return { body, headers };
}
