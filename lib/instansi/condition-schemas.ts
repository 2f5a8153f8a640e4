import { z } from "zod";
import { blankToNull, IdSchema } from "@/lib/admin/schema-helpers";
import type { InstansiConditionKey } from "@/lib/db/generated/enums";
import { GRADES, OPINI_BPK } from "@/lib/eligibility/types";
import { URL_MAX_LENGTH } from "@/lib/evidence/schemas";
import { pastDaySchema } from "@/lib/unit-facts/schemas";
import { isCalendarDate } from "./time-zone";

// The instansi-level rows of Tabel 5 (PermenPAN-RB 5/2024 Lampiran II Bab II A, page 4), entered
// once per period by ADMIN with the document each value comes from. Shared by the form
// (zodResolver) and the upload route.

export const CONDITION_KEYS = ["OPINI_BPK", "SAKIP", "INDEKS_RB", "SPIP"] as const satisfies readonly InstansiConditionKey[];

export const CONDITION_LABELS: Record<InstansiConditionKey, string> = {
  OPINI_BPK: "Opini BPK atas laporan keuangan",
  SAKIP: "Predikat SAKIP instansi",
  INDEKS_RB: "Indeks Reformasi Birokrasi",
  SPIP: "Maturitas SPIP",
};

/** The values each row may take; SPIP maturity is a level 1–5 (stored as text "1"…"5"). */
export const CONDITION_VALUES: Record<InstansiConditionKey, readonly string[]> = {
  OPINI_BPK: OPINI_BPK,
  SAKIP: GRADES,
  INDEKS_RB: GRADES,
  SPIP: ["1", "2", "3", "4", "5"],
};

export function conditionValueLabel(key: InstansiConditionKey, value: string): string {
  return key === "SPIP" ? `Level ${value}` : value;
}

const httpUrl = z
  .string()
  .trim()
  .max(URL_MAX_LENGTH, `Tautan dokumen paling panjang ${URL_MAX_LENGTH} karakter`)
  .pipe(z.url({ protocol: /^https?$/, hostname: z.regexes.domain, error: "Tautan dokumen: gunakan alamat web lengkap yang diawali http:// atau https://" }))
  .refine((value) => !/^https?:\/\/[^/?#]*@/i.test(value), "Tautan dokumen tidak boleh memuat nama pengguna atau kata sandi");

export const SOURCE_KINDS = ["LINK", "FILE"] as const;

/**
 * One row's value and its source document. With "FILE" the bytes come beside these fields (a new
 * upload) or stay as saved before; the route checks that one of the two is there.
 */
export const InstansiConditionSchema = z
  .object({
    periodId: IdSchema,
    key: z.enum(CONDITION_KEYS, "Pilih baris Tabel 5 yang dikenal"),
    value: z.string("Pilih nilai").trim().min(1, "Pilih nilai"),
    documentName: z.string("Isi nama dokumen sumber").trim().min(3, "Nama dokumen sumber minimal 3 karakter").max(300, "Nama dokumen sumber maksimal 300 karakter"),
    documentDate: pastDaySchema("Tanggal dokumen"),
    sourceKind: z.enum(SOURCE_KINDS, "Pilih sumber dokumen: tautan atau berkas"),
    sourceUrl: blankToNull(httpUrl),
  })
  .refine((c) => CONDITION_VALUES[c.key].includes(c.value), {
    path: ["value"],
    message: "Nilai tidak dikenal untuk baris ini: pilih salah satu dari daftar",
  })
  .refine((c) => c.sourceKind !== "LINK" || c.sourceUrl !== null, { path: ["sourceUrl"], message: "Isi tautan dokumen sumber" });
export type InstansiConditionInput = z.infer<typeof InstansiConditionSchema>;

/** Blank: 31 May of the period's year (PermenPAN-RB 5/2024 Lampiran II Bab II A, page 6). */
export const ProposalDeadlineSchema = z.object({
  periodId: IdSchema,
  proposalDeadline: blankToNull(z.string().refine(isCalendarDate, "Isi batas pengusulan ke TPN dengan tanggal yang benar")),
});
export type ProposalDeadlineInput = z.infer<typeof ProposalDeadlineSchema>;
