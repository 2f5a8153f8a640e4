import { z } from "zod";
import { IdSchema } from "@/lib/admin/schema-helpers";

// The import form: the assessment and the .xlsx, sent as FormData to a server action.

/** An LKE workbook is well under this (about 50 KB); next.config.ts lets an action body reach 2 MB so that this check, not Next's, answers. */
export const IMPORT_MAX_BYTES = 1024 * 1024;

export const LkeImportSchema = z
  .instanceof(FormData, { message: "Kirim formulir impor." })
  .transform((form) => ({ assessmentId: form.get("assessmentId"), file: form.get("file") }))
  .pipe(z.object({
    assessmentId: IdSchema,
    file: z.instanceof(File, { message: "Pilih berkas LKE (.xlsx)." }).refine((f) => f.size > 0, "Berkas kosong (0 byte).").refine((f) => f.size <= IMPORT_MAX_BYTES, "Berkas LKE lebih dari 1 MB."),
  }));
