import { z } from "zod";
import type { ActionResult } from "@/lib/actions/result";

const OFFLINE = "Tidak dapat menghubungi server. Periksa koneksi Anda lalu coba lagi.";

const AnswerSchema = z.discriminatedUnion("ok", [
  z.object({ ok: z.literal(true), data: z.object({ id: z.string() }) }),
  z.object({ ok: z.literal(false), error: z.string(), fieldErrors: z.record(z.string(), z.array(z.string()).optional()).optional() }),
]);

/**
 * Posts one Tabel 5 row (and its file, if any) to /api/admin/tabel5 as multipart/form-data and
 * answers like a server action: never throws, the server's Bahasa message on refusal.
 */
export async function sendCondition({ values, file }: { values: Record<string, string | null>; file: File | null }): Promise<ActionResult<{ id: string }>> {
  const form = new FormData();
  for (const [name, value] of Object.entries(values)) form.set(name, value ?? "");
  if (file) form.set("file", file);
  try {
    const response = await fetch("/api/admin/tabel5", { method: "POST", body: form });
    const parsed = AnswerSchema.safeParse(await response.json().catch(() => null));
    if (parsed.success) return parsed.data;
    if (response.status === 413) return { ok: false, error: "Berkas melebihi batas ukuran." };
    return { ok: false, error: "Penyimpanan gagal di server. Silakan coba lagi; bila berulang, hubungi admin." };
  } catch {
    return { ok: false, error: OFFLINE };
  }
}
