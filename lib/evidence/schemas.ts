import { z } from "zod";

// Shared by the panel's forms and the server actions (STYLE.md "Forms and pages").

export const URL_MAX_LENGTH = 2000;

const assessmentId = z.uuid("Penilaian tidak dikenal.");
const questionCode = z.string().trim().min(1, "Pertanyaan LKE wajib dipilih.").max(64, "Kode pertanyaan terlalu panjang.");

const httpUrl = z
  .string()
  .trim()
  .min(1, "Isi alamat tautan.")
  .max(URL_MAX_LENGTH, `Alamat tautan paling panjang ${URL_MAX_LENGTH} karakter.`)
  .pipe(z.url({ protocol: /^https?$/, hostname: z.regexes.domain, error: "Gunakan alamat web lengkap yang diawali http:// atau https://." }))
  .refine((value) => !/^https?:\/\/[^/?#]*@/i.test(value), "Alamat tautan tidak boleh memuat nama pengguna atau kata sandi.");

export const EvidenceLinkSchema = z.object({ assessmentId, questionCode, url: httpUrl });
export type EvidenceLinkInput = z.infer<typeof EvidenceLinkSchema>;

export const EvidenceDeleteSchema = z.object({ assessmentId, evidenceId: z.uuid("Bukti dukung tidak dikenal.") });
export type EvidenceDeleteInput = z.infer<typeof EvidenceDeleteSchema>;

/** The text fields of the upload form (the file is checked by its bytes, in upload.ts). */
export const EvidenceUploadFieldsSchema = z.object({ assessmentId, questionCode });
export type EvidenceUploadFields = z.infer<typeof EvidenceUploadFieldsSchema>;
