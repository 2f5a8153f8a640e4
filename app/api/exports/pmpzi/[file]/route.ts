import { getSessionUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/prisma";
import { jsonError, pmpziResponse } from "@/lib/pmpzi/http";

// GET /api/exports/pmpzi/2026.json (or .csv): the same export for a signed-in ADMIN or PIMPINAN.
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }): Promise<Response> {
  const user = await getSessionUser();
  if (!user) return jsonError(401, "Sesi Anda berakhir. Silakan masuk kembali.");
  if (user.role !== "ADMIN" && user.role !== "PIMPINAN") return jsonError(403, "Anda tidak berhak mengunduh ekspor ini.");
  const match = /^(\d{4})\.(json|csv)$/.exec((await params).file);
  if (!match) return jsonError(404, "Berkas tidak dikenal.");
  return pmpziResponse({ db: getDb(), year: Number(match[1]), format: match[2] as "json" | "csv" });
}
