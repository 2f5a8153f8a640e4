import "server-only";
import { IdSchema } from "@/lib/admin/schema-helpers";
import { getSessionUser } from "@/lib/auth/session";

export const NO_STORE = { "Cache-Control": "private, no-store", "Content-Type": "text/plain; charset=utf-8" };

/** The package routes' check: a session, ADMIN or PIMPINAN, and a well-formed id; else the refusal. */
export async function guardPackageRoute(ids: string[]): Promise<Response | null> {
  const user = await getSessionUser();
  if (!user) return new Response("Sesi Anda berakhir. Silakan masuk kembali.", { status: 401, headers: NO_STORE });
  if (user.role !== "ADMIN" && user.role !== "PIMPINAN") return new Response("Anda tidak berhak mengunduh paket usulan.", { status: 403, headers: NO_STORE });
  if (!ids.every((id) => IdSchema.safeParse(id).success)) return new Response("Paket usulan tidak ditemukan.", { status: 404, headers: NO_STORE });
  return null;
}
