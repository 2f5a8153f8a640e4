import { getSessionUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/prisma";
import { getEvidenceDownload } from "@/lib/evidence/download";
import { toWebStream } from "@/lib/evidence/http";
import { getEvidenceStorage } from "@/lib/evidence/storage";

const NOT_FOUND = { status: 404, headers: { "Cache-Control": "private, no-store" } } as const;

// GET a stored bukti dukung; ?download=1 always downloads. 404 for anyone who may not see
// the assessment, as for a file that does not exist (lib/evidence/download.ts).
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const [{ id }, user] = await Promise.all([params, getSessionUser()]);
  if (!user) return new Response("Sesi Anda berakhir. Silakan masuk kembali.", { status: 401, headers: NOT_FOUND.headers });
  const forceAttachment = new URL(request.url).searchParams.get("download") === "1";
  const download = await getEvidenceDownload({ db: getDb(), storage: getEvidenceStorage(), user, evidenceId: id, forceAttachment });
  if (!download) return new Response("Bukti dukung tidak ditemukan.", NOT_FOUND);
  return new Response(toWebStream({ stream: download.body }), { status: 200, headers: download.headers });
}
