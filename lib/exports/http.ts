import "server-only";
import type { SessionUser } from "@/lib/auth/session";
import { getSessionUser } from "@/lib/auth/session";
import type { Db } from "@/lib/db/create-client";
import { getDb } from "@/lib/db/prisma";
import { DomainError, GENERIC_ERROR } from "@/lib/errors";
import { type ExportFile, exportHeaders } from "./file-names";

// The route handlers' shared shape: session → core function → file, 401/403/404 otherwise, and a
// 500 in Bahasa Indonesia (never a stack trace) when the file cannot be made.

const NO_STORE = { "Cache-Control": "private, no-store", "Content-Type": "text/plain; charset=utf-8", "X-Content-Type-Options": "nosniff" };

export type ExportOutcome = ExportFile | null | "forbidden";

export async function serveExport(produce: (ctx: { db: Db; user: SessionUser }) => Promise<ExportOutcome>): Promise<Response> {
  const user = await getSessionUser();
  if (!user) return new Response("Sesi Anda berakhir. Silakan masuk kembali.", { status: 401, headers: NO_STORE });
  let file: ExportOutcome;
  try {
    file = await produce({ db: getDb(), user });
  } catch (error) {
    return exportErrorResponse({ error });
  }
  if (file === "forbidden") return new Response("Anda tidak berhak mengunduh dokumen ini.", { status: 403, headers: NO_STORE });
  if (!file) return new Response("Dokumen tidak ditemukan atau Anda tidak berhak melihatnya.", { status: 404, headers: NO_STORE });
  return new Response(new Uint8Array(file.body), { status: 200, headers: exportHeaders(file) });
}

/** A DomainError (e.g. the PDF font missing on the server) says what is wrong; anything else is generic. */
export function exportErrorResponse({ error }: { error: unknown }): Response {
  console.error("[export] failed", error);
  const message = error instanceof DomainError ? error.message : GENERIC_ERROR;
  return new Response(message, { status: 500, headers: NO_STORE });
}
