import { z } from "zod";
import { formatFileSize } from "@/lib/evidence/format";
import type { EvidenceItem } from "@/lib/evidence/types";

export type UploadOutcome = { ok: true; evidence: EvidenceItem } | { ok: false; error: string };

const ItemSchema = z.object({
  id: z.string(),
  questionCode: z.string(),
  kind: z.enum(["FILE", "LINK"]),
  fileName: z.string().nullable(),
  mimeType: z.string().nullable(),
  size: z.number().nullable(),
  url: z.string().nullable(),
  needsRecheck: z.boolean(),
  createdAt: z.string(),
});
const ResponseSchema = z.discriminatedUnion("ok", [
  z.object({ ok: z.literal(true), evidence: ItemSchema }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);

const OFFLINE = "Tidak dapat menghubungi server. Periksa koneksi Anda lalu coba lagi.";

type SendOptions = { assessmentId: string; questionCode: string; file: File; maxBytes: number; onProgress: (fraction: number) => void };

/**
 * Posts one file to /api/evidence. XMLHttpRequest rather than fetch: only it reports upload
 * progress. Resolves with the server's answer (its Bahasa message on refusal), never rejects.
 */
export function sendEvidenceFile({ assessmentId, questionCode, file, maxBytes, onProgress }: SendOptions): Promise<UploadOutcome> {
  return new Promise((resolve) => {
    const form = new FormData();
    form.set("assessmentId", assessmentId);
    form.set("questionCode", questionCode);
    form.set("file", file);
    const xhr = new XMLHttpRequest();
    xhr.open("POST", "/api/evidence");
    xhr.responseType = "text";
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total);
    };
    xhr.onerror = () => resolve({ ok: false, error: OFFLINE });
    xhr.ontimeout = () => resolve({ ok: false, error: OFFLINE });
    xhr.onload = () => resolve(readAnswer({ status: xhr.status, text: xhr.responseText, maxBytes }));
    xhr.send(form);
  });
}

function readAnswer({ status, text, maxBytes }: { status: number; text: string; maxBytes: number }): UploadOutcome {
  try {
    const parsed = ResponseSchema.safeParse(JSON.parse(text));
    if (parsed.success) return parsed.data;
  } catch {
    // Not our JSON: a proxy in front of the portal answered. Fall through to the status.
  }
  if (status === 413) return { ok: false, error: `Berkas melebihi batas ukuran ${formatFileSize(maxBytes)}.` };
  if (status === 401) return { ok: false, error: "Sesi Anda berakhir. Silakan masuk kembali." };
  return { ok: false, error: "Unggahan gagal di server. Silakan coba lagi; bila berulang, hubungi admin." };
}
