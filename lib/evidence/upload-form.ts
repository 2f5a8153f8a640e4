import "server-only";
import { EvidenceRefusal } from "./errors";
import { readMultipartForm, type SpooledFile } from "./multipart-form";
import { EvidenceUploadFieldsSchema, type EvidenceUploadFields } from "./schemas";

export type UploadForm = EvidenceUploadFields & { file: SpooledFile; discard: () => Promise<void> };

const MESSAGES = {
  notMultipart: "Kirim berkas sebagai formulir unggahan (multipart/form-data).",
  empty: "Formulir unggahan kosong.",
  unreadable: "Formulir unggahan tidak dapat dibaca; coba unggah lagi.",
};

/**
 * The upload form of a request, its file streamed to a temp file within the size limit
 * (lib/evidence/multipart-form.ts). The caller calls discard() when done, also after a failure.
 */
export async function readUploadForm({ request, maxBytes, tmpDir }: { request: Request; maxBytes: number; tmpDir?: string }): Promise<UploadForm> {
  const form = await readMultipartForm({ request, maxBytes, fileField: "file", messages: MESSAGES, tmpDir });
  try {
    const fields = EvidenceUploadFieldsSchema.safeParse({ assessmentId: form.fields.assessmentId, questionCode: form.fields.questionCode });
    if (!fields.success) throw new EvidenceRefusal({ status: 400, message: "Penilaian atau pertanyaan LKE tidak dikenal." });
    if (!form.file) throw new EvidenceRefusal({ status: 400, message: "Pilih berkas yang akan diunggah." });
    return { ...fields.data, file: form.file, discard: form.discard };
  } catch (error) {
    await form.discard();
    throw error;
  }
}
