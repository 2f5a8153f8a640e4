import { getSessionUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/prisma";
import { getEnv } from "@/lib/env";
import { EvidenceRefusal } from "@/lib/evidence/errors";
import { megabytesToBytes } from "@/lib/evidence/format";
import { evidenceErrorResponse, isSameOrigin, toWebStream } from "@/lib/evidence/http";
import { getEvidenceStorage } from "@/lib/evidence/storage";
import { readConditionRequest } from "@/lib/instansi/condition-request";
import { getSignedLheDownload, uploadSignedLhe } from "@/lib/lhe/signed-scan";

const NO_STORE = { "Cache-Control": "private, no-store" };
type Params = { params: Promise<{ assessmentId: string }> };

// GET the signed LHE of record (anyone who may see the assessment); 404 otherwise.
export async function GET(_request: Request, { params }: Params): Promise<Response> {
  const [{ assessmentId }, user] = await Promise.all([params, getSessionUser()]);
  if (!user) return new Response("Sesi Anda berakhir. Silakan masuk kembali.", { status: 401, headers: NO_STORE });
  const download = await getSignedLheDownload({ db: getDb(), storage: getEvidenceStorage(), user, assessmentId });
  if (!download) return new Response("LHE bertanda tangan tidak ditemukan.", { status: 404, headers: NO_STORE });
  return new Response(toWebStream({ stream: download.body }), { status: 200, headers: download.headers });
}

// POST multipart/form-data { file } → { ok: true, signed } or { ok: false, error }. Rules: lib/lhe/signed-scan.ts.
export async function POST(request: Request, { params }: Params): Promise<Response> {
  try {
    if (!isSameOrigin({ request })) throw new EvidenceRefusal({ status: 403, message: "Unggahan hanya dapat dilakukan dari halaman portal ini." });
    const [{ assessmentId }, user] = await Promise.all([params, getSessionUser()]);
    if (!user) return Response.json({ ok: false, error: "Sesi Anda berakhir. Silakan masuk kembali." }, { status: 401 });
    const maxBytes = megabytesToBytes(getEnv().EVIDENCE_MAX_MB);
    const form = await readConditionRequest({ request, maxBytes });
    if (!form.file) throw new EvidenceRefusal({ status: 400, message: "Pilih berkas PDF LHE bertanda tangan." });
    const signed = await uploadSignedLhe({ db: getDb(), storage: getEvidenceStorage(), user, assessmentId, fileName: form.file.name, content: form.file.stream(), maxBytes });
    return Response.json({ ok: true, signed }, { status: 201 });
  } catch (error) {
    return evidenceErrorResponse({ error });
  }
}
