import "server-only";
import { EvidenceRefusal, tooLarge } from "@/lib/evidence/errors";

// Room for the multipart boundaries, part headers and the text fields of the Tabel 5 form.
const FORM_OVERHEAD_BYTES = 64 * 1024;

export type ConditionRequest = { fields: Record<string, string>; file: File | null };

/**
 * The Tabel 5 form of a request, reading at most the file size limit plus the form's overhead
 * (as lib/evidence/upload-form.ts does for bukti dukung): a declared Content-Length over it is
 * refused before reading, and a body that keeps coming is cut off when it passes it.
 */
export async function readConditionRequest({ request, maxBytes }: { request: Request; maxBytes: number }): Promise<ConditionRequest> {
  const contentType = request.headers.get("content-type") ?? "";
  if (!contentType.toLowerCase().startsWith("multipart/form-data")) {
    throw new EvidenceRefusal({ status: 400, message: "Kirim isian sebagai formulir unggahan (multipart/form-data)." });
  }
  const limit = maxBytes + FORM_OVERHEAD_BYTES;
  const declared = Number(request.headers.get("content-length") ?? Number.NaN);
  if (Number.isFinite(declared) && declared > limit) throw tooLarge({ maxBytes });
  if (!request.body) throw new EvidenceRefusal({ status: 400, message: "Formulir kosong." });
  let seen = 0;
  const bounded = request.body.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        seen += chunk.byteLength;
        if (seen > limit) controller.error(tooLarge({ maxBytes }));
        else controller.enqueue(chunk);
      },
    }),
  );
  let form: FormData;
  try {
    form = await new Response(bounded, { headers: { "content-type": contentType } }).formData();
  } catch (error) {
    if (error instanceof EvidenceRefusal) throw error;
    if (error instanceof TypeError && error.cause instanceof EvidenceRefusal) throw error.cause;
    throw new EvidenceRefusal({ status: 400, message: "Formulir tidak dapat dibaca; coba kirim lagi." });
  }
  const fields: Record<string, string> = {};
  let file: File | null = null;
  for (const [name, value] of form.entries()) {
    if (name === "file") file = value instanceof File && value.size > 0 ? value : null;
    else if (typeof value === "string") fields[name] = value;
  }
  if (file && file.size > maxBytes) throw tooLarge({ maxBytes });
  return { fields, file };
}
