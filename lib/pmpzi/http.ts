import "server-only";
import type { Db } from "@/lib/db/create-client";
import { GENERIC_ERROR } from "@/lib/errors";
import { type PmpziFormat, streamPmpziExport } from "./export-stream";

// The PMPZI export as an HTTP response (API and ADMIN download share it): streamed, never cached.

const CONTENT_TYPES: Record<PmpziFormat, string> = { json: "application/json; charset=utf-8", csv: "text/csv; charset=utf-8" };

export function jsonError(status: number, message: string, headers: Record<string, string> = {}): Response {
  return Response.json({ error: message }, { status, headers: { "Cache-Control": "no-store", ...headers } });
}

export function parseFormat(value: string | null): PmpziFormat | null {
  if (value === null || value === "json") return "json";
  return value === "csv" ? "csv" : null;
}

export async function pmpziResponse({ db, year, format }: { db: Db; year: number; format: PmpziFormat }): Promise<Response> {
  try {
    const stream = await streamPmpziExport({ db, year, format });
    if (!stream) return jsonError(404, `Periode ${year} tidak ditemukan.`);
    return new Response(stream, {
      status: 200,
      headers: {
        "Content-Type": CONTENT_TYPES[format],
        "Content-Disposition": `attachment; filename="PMPZI_${year}.${format}"`,
        "Cache-Control": "private, no-store",
        "X-Content-Type-Options": "nosniff",
      },
    });
  } catch (error) {
    console.error("[pmpzi] export failed", error);
    return jsonError(500, GENERIC_ERROR);
  }
}
