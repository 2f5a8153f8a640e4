import { getSessionUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/prisma";
import { toWebStream } from "@/lib/evidence/http";
import { getEvidenceStorage } from "@/lib/evidence/storage";
import { getProposalFileDownload } from "@/lib/proposal/file-download";

const NO_STORE = { "Cache-Control": "private, no-store" };

// GET an uploaded proposal document (signed letter, SPTJM, TPN's stage document): ADMIN, PIMPINAN.
export async function GET(_request: Request, { params }: { params: Promise<{ fileId: string }> }): Promise<Response> {
  const [{ fileId }, user] = await Promise.all([params, getSessionUser()]);
  if (!user) return new Response("Sesi Anda berakhir. Silakan masuk kembali.", { status: 401, headers: NO_STORE });
  const download = await getProposalFileDownload({ db: getDb(), storage: getEvidenceStorage(), user, fileId });
  if (!download) return new Response("Dokumen tidak ditemukan.", { status: 404, headers: NO_STORE });
  return new Response(toWebStream({ stream: download.body }), { status: 200, headers: download.headers });
}
