import { PassThrough } from "node:stream";
import { IdSchema } from "@/lib/admin/schema-helpers";
import { getSessionUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/prisma";
import { toWebStream } from "@/lib/evidence/http";
import { getEvidenceStorage } from "@/lib/evidence/storage";
import { contentDisposition } from "@/lib/evidence/download-headers";
import { estimatePackageBytes, writeProposalPackage } from "@/lib/proposal/package/build-package";

const NO_STORE = { "Cache-Control": "private, no-store", "Content-Type": "text/plain; charset=utf-8" };

// GET /api/usulan/<roundId>/paket[?bukti=1]: the proposal package as a zip, streamed while it is
// built (ADMIN, PIMPINAN). X-Package-Estimate (bytes) lets the page show progress.
export async function GET(request: Request, { params }: { params: Promise<{ roundId: string }> }): Promise<Response> {
  const [{ roundId }, user] = await Promise.all([params, getSessionUser()]);
  if (!user) return new Response("Sesi Anda berakhir. Silakan masuk kembali.", { status: 401, headers: NO_STORE });
  if (user.role !== "ADMIN" && user.role !== "PIMPINAN") return new Response("Anda tidak berhak mengunduh paket usulan.", { status: 403, headers: NO_STORE });
  if (!IdSchema.safeParse(roundId).success) return new Response("Usulan tidak ditemukan.", { status: 404, headers: NO_STORE });
  const db = getDb();
  const round = await db.proposalRound.findUnique({ where: { id: roundId }, select: { status: true, period: { select: { year: true } } } });
  if (!round) return new Response("Usulan tidak ditemukan.", { status: 404, headers: NO_STORE });
  if (round.status !== "APPROVED") return new Response("Paket usulan tersedia setelah usulan disetujui pimpinan.", { status: 409, headers: NO_STORE });
  const includeEvidence = new URL(request.url).searchParams.get("bukti") === "1";
  const estimate = await estimatePackageBytes({ db, roundId, includeEvidence });
  const output = new PassThrough();
  writeProposalPackage({ db, user, storage: getEvidenceStorage(), roundId, includeEvidence, output }).catch((error: unknown) => {
    // Headers are gone by now: the download ends short, and the zip fails to open, never silently.
    console.error("[usulan] package failed", error);
    output.destroy(error instanceof Error ? error : new Error(String(error)));
  });
  return new Response(toWebStream({ stream: output }), {
    status: 200,
    headers: {
      "Content-Type": "application/zip",
      "Content-Disposition": contentDisposition({ fileName: `Paket_Usulan_TPN_${round.period.year}.zip`, inline: false }),
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
      "X-Package-Estimate": String(estimate),
    },
  });
}
