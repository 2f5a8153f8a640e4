import { z } from "zod";
import { blankToNull, IdSchema } from "@/lib/admin/schema-helpers";
import { NipSchema } from "@/lib/auth/identifier";
import { isCalendarDate } from "@/lib/instansi/time-zone";
import { SECTION_KEYS } from "@/lib/lke/sections";

// Inputs of the LHE's writes, shared by the forms (zodResolver) and the actions.

export const RECOMMENDATION_MAX = 4000;
const day = (message: string) => z.string().refine(isCalendarDate, message);
const text = (max: number, message: string) => z.string().trim().max(max, message);

/** The TPI's improvement recommendation for one LKE page; blank removes it. */
export const LheRecommendationSchema = z.object({
  assessmentId: IdSchema,
  sectionKey: z.enum(SECTION_KEYS, "Area LKE tidak dikenal"),
  text: text(RECOMMENDATION_MAX, `Rekomendasi maksimal ${RECOMMENDATION_MAX} karakter`),
});
export type LheRecommendationInput = z.infer<typeof LheRecommendationSchema>;

/** The basis (SK/surat tugas TPI) and the penanggung jawab of every LHE of a period. */
export const LheBasisSchema = z.object({
  periodId: IdSchema,
  tpiBasisTitle: text(300, "Maksimal 300 karakter").min(3, "Isi jenis dan penerbit dasar penugasan, mis. \"Surat Tugas Inspektur Kabupaten Serang\""),
  tpiBasisNumber: text(200, "Maksimal 200 karakter").min(1, "Isi nomor SK/surat tugas"),
  tpiBasisDate: day("Isi tanggal SK/surat tugas dengan tanggal yang benar"),
  lheResponsibleName: blankToNull(text(200, "Maksimal 200 karakter")),
  lheResponsibleNip: blankToNull(NipSchema),
  lheResponsibleTitle: blankToNull(text(200, "Maksimal 200 karakter")),
}).refine((v) => v.lheResponsibleName !== null || (v.lheResponsibleNip === null && v.lheResponsibleTitle === null), {
  path: ["lheResponsibleName"],
  message: "Isi nama penanggung jawab, atau kosongkan NIP dan jabatannya",
});
export type LheBasisInput = z.infer<typeof LheBasisSchema>;

/** The LHE's own number and date, set by the ketua tim; blank prints a space to fill in. */
export const LheLetterSchema = z.object({
  assessmentId: IdSchema,
  number: blankToNull(text(200, "Maksimal 200 karakter")),
  letterDate: blankToNull(day("Isi tanggal LHE dengan tanggal yang benar")),
});
export type LheLetterInput = z.infer<typeof LheLetterSchema>;
