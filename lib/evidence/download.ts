import "server-only";
import type { Readable } from "node:stream";
import { getAssessmentForUser } from "@/lib/assessment/access";
import type { SessionUser } from "@/lib/auth/session";
import type { Db } from "@/lib/db/create-client";
import { buildDownloadHeaders } from "./download-headers";
import type { EvidenceStorage } from "./storage";

export type EvidenceDownload = { body: Readable; headers: Record<string, string> };

type DownloadOptions = { db: Db; storage: EvidenceStorage; user: SessionUser; evidenceId: string; forceAttachment: boolean };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * A stored file of bukti dukung with its headers, or null when it does not exist, is a link,
 * or belongs to an assessment this user may not see: the caller answers 404 to all of them,
 * so nobody learns that someone else's file exists.
 */
export async function getEvidenceDownload({ db, storage, user, evidenceId, forceAttachment }: DownloadOptions): Promise<EvidenceDownload | null> {
  if (!UUID.test(evidenceId)) return null;
  const evidence = await db.evidence.findFirst({
    where: { id: evidenceId, kind: "FILE" },
    select: { assessmentId: true, fileName: true, mimeType: true, size: true, sha256: true },
  });
  if (!evidence?.sha256) return null;
  const assessment = await getAssessmentForUser({ db, user, assessmentId: evidence.assessmentId });
  if (!assessment) return null;
  const body = await storage.get({ sha256: evidence.sha256 });
  if (!body) {
    console.error("[evidence] stored file missing", { evidenceId, sha256: evidence.sha256 });
    return null;
  }
  const headers = buildDownloadHeaders({
    fileName: evidence.fileName ?? "bukti-dukung",
    mimeType: evidence.mimeType ?? "application/octet-stream",
    size: evidence.size,
    forceAttachment,
  });
  return { body, headers };
}
