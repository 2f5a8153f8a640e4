import "server-only";
import { readMultipartForm, type SpooledFile } from "@/lib/evidence/multipart-form";

export type ConditionRequest = { fields: Record<string, string>; file: SpooledFile | null; discard: () => Promise<void> };

const MESSAGES = {
  notMultipart: "Kirim isian sebagai formulir unggahan (multipart/form-data).",
  empty: "Formulir kosong.",
  unreadable: "Formulir tidak dapat dibaca; coba kirim lagi.",
};

/**
 * The Tabel 5 form of a request, its document streamed to a temp file within the size limit
 * (as for bukti dukung, lib/evidence/multipart-form.ts). An empty file part (no file chosen)
 * counts as no file. The caller calls discard() when done, also after a failure.
 */
export async function readConditionRequest({ request, maxBytes }: { request: Request; maxBytes: number }): Promise<ConditionRequest> {
  const form = await readMultipartForm({ request, maxBytes, fileField: "file", messages: MESSAGES });
  return { fields: form.fields, file: form.file && form.file.size > 0 ? form.file : null, discard: form.discard };
}
