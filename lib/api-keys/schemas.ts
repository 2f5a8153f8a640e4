import { z } from "zod";
import { blankToNull, IdSchema } from "@/lib/admin/schema-helpers";
import { dateInZone, EASTERNMOST_ZONE, isCalendarDate } from "@/lib/instansi/time-zone";

export const CreateApiKeySchema = z.object({
  name: z.string("Isi nama kunci").trim().min(3, "Nama kunci minimal 3 karakter").max(120, "Nama kunci maksimal 120 karakter"),
  periodId: IdSchema,
  expiresOn: blankToNull(
    z
      .string()
      .refine(isCalendarDate, { message: "Isi tanggal kedaluwarsa dengan tanggal yang benar", abort: true })
      .refine((day) => day > dateInZone(new Date(), EASTERNMOST_ZONE), "Tanggal kedaluwarsa harus setelah hari ini"),
  ),
});
export type CreateApiKeyInput = z.infer<typeof CreateApiKeySchema>;

export const RevokeApiKeySchema = z.object({ id: IdSchema });
export type RevokeApiKeyInput = z.infer<typeof RevokeApiKeySchema>;
