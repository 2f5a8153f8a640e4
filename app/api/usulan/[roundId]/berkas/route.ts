import { getSessionUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/prisma";
import { getEnv } from "@/lib/env";
import { megabytesToBytes } from "@/lib/evidence/format";
import { getEvidenceStorage } from "@/lib/evidence/storage";
import { handleProposalFileUpload } from "@/lib/proposal/file-upload";

// POST multipart/form-data (kind, stageId?, file) → { ok: true, data } or { ok: false, error, fieldErrors? }.
export async function POST(request: Request, { params }: { params: Promise<{ roundId: string }> }): Promise<Response> {
  const { roundId } = await params;
  return handleProposalFileUpload({ request, roundId, user: await getSessionUser(), db: getDb(), storage: getEvidenceStorage(), maxBytes: megabytesToBytes(getEnv().EVIDENCE_MAX_MB) });
}
