import { getSessionUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/prisma";
import { toWebStream } from "@/lib/evidence/http";
import { getEvidenceStorage } from "@/lib/evidence/storage";
import { getConditionDownload } from "@/lib/instansi/condition-download";

const NO_STORE = { "Cache-Control": "private, no-store" };

// GET the source document of an instansi Tabel 5 value (ADMIN, TPI, PIMPINAN); ?download=1 always
// downloads. 404 for other roles, as for a value without a file.
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const [{ id }, user] = await Promise.all([params, getSessionUser()]);
  if (!user) return new Response("Sesi Anda berakhir. Silakan masuk kembali.", { status: 401, headers: NO_STORE });
  const forceAttachment = new URL(request.url).searchParams.get("download") === "1";
  const download = await getConditionDownload({ db: getDb(), storage: getEvidenceStorage(), user, conditionId: id, forceAttachment });
  if (!download) return new Response("Dokumen tidak ditemukan.", { status: 404, headers: NO_STORE });
  return new Response(toWebStream({ stream: download.body }), { status: 200, headers: download.headers });
}
