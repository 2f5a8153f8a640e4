import { getSessionUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/prisma";
import { getEnv } from "@/lib/env";
import { EvidenceRefusal } from "@/lib/evidence/errors";
import { megabytesToBytes } from "@/lib/evidence/format";
import { evidenceErrorResponse, isSameOrigin } from "@/lib/evidence/http";
import { getEvidenceStorage } from "@/lib/evidence/storage";
import { readUploadForm } from "@/lib/evidence/upload-form";
import { uploadEvidence } from "@/lib/evidence/upload";

// POST multipart/form-data { assessmentId, questionCode, file } → { ok: true, evidence } or
// { ok: false, error } with 400/401/403/404/413/415. The rules live in lib/evidence/upload.ts.
export async function POST(request: Request): Promise<Response> {
  try {
    if (!isSameOrigin({ request })) throw new EvidenceRefusal({ status: 403, message: "Unggahan hanya dapat dilakukan dari halaman portal ini." });
    const user = await getSessionUser();
    if (!user) return Response.json({ ok: false, error: "Sesi Anda berakhir. Silakan masuk kembali." }, { status: 401 });
    if (user.role !== "OPERATOR") throw new EvidenceRefusal({ status: 403, message: "Hanya operator unit yang dapat mengunggah bukti dukung." });
    const maxBytes = megabytesToBytes(getEnv().EVIDENCE_MAX_MB);
    // The file goes to a temp file as it arrives (never whole in memory), then to the store.
    const form = await readUploadForm({ request, maxBytes });
    try {
      const evidence = await uploadEvidence({
        db: getDb(),
        storage: getEvidenceStorage(),
        user,
        assessmentId: form.assessmentId,
        questionCode: form.questionCode,
        fileName: form.file.name,
        content: form.file.stream(),
        maxBytes,
      });
      return Response.json({ ok: true, evidence }, { status: 201 });
    } finally {
      await form.discard();
    }
  } catch (error) {
    return evidenceErrorResponse({ error });
  }
}
