import { getDb } from "@/lib/db/prisma";
import { contentDisposition } from "@/lib/evidence/download-headers";
import { toWebStream } from "@/lib/evidence/http";
import { getEvidenceStorage } from "@/lib/evidence/storage";
import { guardPackageRoute, NO_STORE } from "@/lib/proposal/package/route-guard";

// GET /api/usulan/<roundId>/paket/<packageId>: a READY package, streamed from the evidence
// storage where its job stored it (ADMIN, PIMPINAN).
export async function GET(_request: Request, { params }: { params: Promise<{ roundId: string; packageId: string }> }): Promise<Response> {
  const { roundId, packageId } = await params;
  const refused = await guardPackageRoute([roundId, packageId]);
  if (refused) return refused;
  const pkg = await getDb().proposalPackage.findFirst({
    where: { id: packageId, roundId },
    select: { status: true, sha256: true, size: true, includeEvidence: true, round: { select: { period: { select: { year: true } } } } },
  });
  if (!pkg) return new Response("Paket usulan tidak ditemukan.", { status: 404, headers: NO_STORE });
  if (pkg.status !== "READY" || !pkg.sha256) return new Response("Paket ini belum selesai dibuat.", { status: 409, headers: NO_STORE });
  const body = await getEvidenceStorage().get({ sha256: pkg.sha256 });
  // A backup carries bukti dukung, not packages (they are rebuilt from them): after a restore, make a new one.
  if (!body) return new Response("Berkas paket tidak ada lagi di penyimpanan. Buat paket baru.", { status: 410, headers: NO_STORE });
  const name = `Paket_Usulan_TPN_${pkg.round.period.year}${pkg.includeEvidence ? "_dengan_bukti" : ""}.zip`;
  return new Response(toWebStream({ stream: body }), {
    status: 200,
    headers: {
      "Content-Type": "application/zip",
      "Content-Disposition": contentDisposition({ fileName: name, inline: false }),
      "Content-Length": String(pkg.size),
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
