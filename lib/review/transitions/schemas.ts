import { z } from "zod";
import { ConfirmationsSchema } from "@/lib/eligibility/stored";

// Shared by the forms and the actions (never in a "use server" file).

export const ReturnSchema = z.object({ assessmentId: z.uuid() });
export type ReturnInput = z.infer<typeof ReturnSchema>;

/**
 * The five ticks the ketua tim gave before the 2024 rule (issue 10); kept to read evaluations
 * finalized then. Tabel 5 now comes from the portal's data (lib/eligibility).
 */
export const PrerequisitesSchema = z.object({
  tindakLanjutTemuan: z.boolean(),
  lhkpnLhkasn: z.boolean(),
  sakipMinB: z.boolean(),
  sakipMinBB: z.boolean(),
  ziMinimalSatuTahun: z.boolean(),
});
export type Prerequisites = z.infer<typeof PrerequisitesSchema>;

/**
 * Finalize: Tabel 5 and "already holds WBK" come from the data the portal keeps; the ketua tim
 * only confirms what a person must judge (core service, significant impact).
 */
export const FinalizeSchema = z.object({
  assessmentId: z.uuid(),
  confirmations: ConfirmationsSchema,
});
export type FinalizeInput = z.infer<typeof FinalizeSchema>;

export const ReopenSchema = z.object({
  assessmentId: z.uuid(),
  reason: z.string().trim().min(10, "Alasan membuka kembali minimal 10 karakter.").max(1000, "Alasan paling banyak 1000 karakter."),
});
export type ReopenInput = z.infer<typeof ReopenSchema>;
