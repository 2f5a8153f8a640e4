import { authorizeApiCall } from "@/lib/api-keys/authenticate";
import { getDb } from "@/lib/db/prisma";
import { jsonError, parseFormat, pmpziResponse } from "@/lib/pmpzi/http";

// GET /api/pmpzi/v1/2026?format=json|csv with "Authorization: Bearer pzi_…": the PMPZI export
// of one period for TPN's channel (README, "Ekspor PMPZI"). Read-only; every call is audited;
// a missing, unknown, revoked, expired or other-period key gets 401 with a JSON message.
export async function GET(request: Request, { params }: { params: Promise<{ year: string }> }): Promise<Response> {
  const { year: raw } = await params;
  const url = new URL(request.url);
  const format = parseFormat(url.searchParams.get("format"));
  if (!/^\d{4}$/.test(raw) || !format) return jsonError(400, "Permintaan tidak dikenal: pakai /api/pmpzi/v1/<tahun>?format=json atau csv.");
  const db = getDb();
  const year = Number(raw);
  const ip = request.headers.get("x-forwarded-for")?.split(",")[0]?.trim() ?? null;
  try {
    const access = await authorizeApiCall({ db, authorization: request.headers.get("authorization"), year, format, ip });
    if (!access.ok) return jsonError(access.status, access.message, { "WWW-Authenticate": 'Bearer realm="pmpzi"' });
  } catch (error) {
    console.error("[pmpzi] key check failed", error);
    return jsonError(503, "Server atau basis data portal sedang tidak tersedia. Silakan coba lagi.");
  }
  return pmpziResponse({ db, year, format });
}
