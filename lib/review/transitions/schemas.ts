import { z } from "zod";

// Shared by the forms and the actions (never in a "use server" file).

export const ReturnSchema = z.object({ assessmentId: z.uuid() });
export type ReturnInput = z.infer<typeof ReturnSchema>;

/**
 * Tabel 5 (PermenPAN-RB 90/2021, Lampiran II) prerequisites of a unit's proposal, confirmed by the
 * ketua tim TPI: they are not scored. SAKIP is asked twice since WBK needs ≥ B and WBBM ≥ BB.
 */
export const PrerequisitesSchema = z.object({
  tindakLanjutTemuan: z.boolean(),
  lhkpnLhkasn: z.boolean(),
  sakipMinB: z.boolean(),
  sakipMinBB: z.boolean(),
  ziMinimalSatuTahun: z.boolean(),
});
export type Prerequisites = z.infer<typeof PrerequisitesSchema>;

export const FinalizeSchema = z.object({
  assessmentId: z.uuid(),
  prerequisites: PrerequisitesSchema,
  /** "Unit sudah berpredikat Menuju WBK": the Tabel 6 requirement for Menuju WBBM. */
  holdsWbk: z.boolean(),
});
export type FinalizeInput = z.infer<typeof FinalizeSchema>;

export const ReopenSchema = z.object({
  assessmentId: z.uuid(),
  reason: z.string().trim().min(10, "Alasan membuka kembali minimal 10 karakter.").max(1000, "Alasan paling banyak 1000 karakter."),
});
export type ReopenInput = z.infer<typeof ReopenSchema>;
