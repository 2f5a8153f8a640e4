import { getSessionUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/prisma";
import { getEnv } from "@/lib/env";
import { megabytesToBytes } from "@/lib/evidence/format";
import { getEvidenceStorage } from "@/lib/evidence/storage";
import { handleConditionUpload } from "@/lib/instansi/condition-upload";

// POST multipart/form-data (InstansiConditionSchema's fields, and `file` for an uploaded source
// document) → { ok: true, data } or { ok: false, error, fieldErrors? }. Rules: lib/instansi/condition-upload.ts.
export async function POST(request: Request): Promise<Response> {
  return handleConditionUpload({
    request,
    user: await getSessionUser(),
    db: getDb(),
    storage: getEvidenceStorage(),
    maxBytes: megabytesToBytes(getEnv().EVIDENCE_MAX_MB),
  });
}
