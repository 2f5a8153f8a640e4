import "server-only";
import { EvidenceRefusal, tooLarge } from "./errors";
import { EvidenceUploadFieldsSchema, type EvidenceUploadFields } from "./schemas";

export type UploadForm = EvidenceUploadFields & { file: File };

// Room for the multipart boundaries, part headers and the two small text fields.
const FORM_OVERHEAD_BYTES = 64 * 1024;

/**
 * The upload form of a request, reading at most the size limit plus the form's overhead:
 * a declared Content-Length over it is refused before reading, and a body that keeps coming
 * is cut off as soon as it passes it. (The parsed form is held in memory up to that bound.)
 */
export async function readUploadForm({ request, maxBytes }: { request: Request; maxBytes: number }): Promise<UploadForm> {
  const contentType = request.headers.get("content-type") ?? "";
  if (!contentType.toLowerCase().startsWith("multipart/form-data")) {
    throw new EvidenceRefusal({ status: 400, message: "Kirim berkas sebagai formulir unggahan (multipart/form-data)." });
  }
  const limit = maxBytes + FORM_OVERHEAD_BYTES;
  const declared = Number(request.headers.get("content-length") ?? Number.NaN);
  if (Number.isFinite(declared) && declared > limit) throw tooLarge({ maxBytes });
  if (!request.body) throw new EvidenceRefusal({ status: 400, message: "Formulir unggahan kosong." });

  let form: FormData;
  try {
    const bounded = request.body.pipeThrough(byteLimit({ limit, onExceeded: () => tooLarge({ maxBytes }) }));
    form = await new Response(bounded, { headers: { "content-type": contentType } }).formData();
  } catch (error) {
    if (error instanceof EvidenceRefusal) throw error;
    if (error instanceof TypeError && error.cause instanceof EvidenceRefusal) throw error.cause;
    throw new EvidenceRefusal({ status: 400, message: "Formulir unggahan tidak dapat dibaca; coba unggah lagi." });
  }
  const fields = EvidenceUploadFieldsSchema.safeParse({ assessmentId: form.get("assessmentId"), questionCode: form.get("questionCode") });
  if (!fields.success) throw new EvidenceRefusal({ status: 400, message: "Penilaian atau pertanyaan LKE tidak dikenal." });
  const file = form.get("file");
  if (!(file instanceof File)) throw new EvidenceRefusal({ status: 400, message: "Pilih berkas yang akan diunggah." });
  return { ...fields.data, file };
}

function byteLimit({ limit, onExceeded }: { limit: number; onExceeded: () => Error }): TransformStream<Uint8Array, Uint8Array> {
  let seen = 0;
  return new TransformStream({
    transform(chunk, controller) {
      seen += chunk.byteLength;
      if (seen > limit) controller.error(onExceeded());
      else controller.enqueue(chunk);
    },
  });
}
