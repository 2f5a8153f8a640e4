import { z } from "zod";
import { blankToNull, IdSchema } from "@/lib/admin/schema-helpers";
import { GRADES, SERVICE_CATEGORIES } from "@/lib/eligibility/types";
import { dateInZone, EASTERNMOST_ZONE, isCalendarDate, yearInZone } from "@/lib/instansi/time-zone";

// Shared by the unit page's forms (zodResolver) and the actions. Every output is again a valid
// input: the form's parsed values are parsed once more by the action. "Today" here is the latest
// Indonesian date (WIT), so the form never refuses what the server takes; the mutations check
// again in the instansi's own zone.

const todayAnywhere = () => dateInZone(new Date(), EASTERNMOST_ZONE);
const thisYearAnywhere = () => yearInZone(new Date(), EASTERNMOST_ZONE);

/** A calendar day YYYY-MM-DD that is not after today; `label` names the field in the messages. */
export function pastDaySchema(label: string) {
  return z
    .string(`Isi ${label.toLowerCase()}`)
    .trim()
    .refine(isCalendarDate, { message: `Isi ${label.toLowerCase()} dengan tanggal yang benar`, abort: true })
    .refine((day) => day <= todayAnywhere(), `${label} tidak boleh setelah hari ini`);
}

/** Ya / Tidak / belum diisi: the select's "YA", "TIDAK", "" or the parsed true, false, null. */
const TriStateSchema = (label: string) =>
  z
    .union([z.boolean(), z.null(), z.enum(["YA", "TIDAK", ""])], `Pilih ${label.toLowerCase()}: ya, tidak, atau belum diisi`)
    .transform((value) => (value === "YA" ? true : value === "TIDAK" ? false : value === "" ? null : value));

/** A blank select is "belum diisi" (null); anything else must be one of `values`. */
const optionalEnum = <T extends readonly [string, ...string[]]>(values: T, message: string) =>
  z
    .union([z.literal(""), z.null(), z.enum(values)], message)
    .transform((value) => (value === "" ? null : value));

export const UnitAttributesSchema = z.object({
  unitId: IdSchema,
  serviceCategory: z.enum(SERVICE_CATEGORIES, "Pilih kategori layanan yang dikenal"),
  coreService: TriStateSchema("Layanan inti"),
  significantImpact: TriStateSchema("Dampak signifikan"),
  ziSinceWbk: blankToNull(pastDaySchema("Tanggal pencanangan menuju WBK")),
  ziSinceWbbm: blankToNull(pastDaySchema("Tanggal pencanangan menuju WBBM")),
});
export type UnitAttributesInput = z.infer<typeof UnitAttributesSchema>;

const PERCENT_PATTERN = /^\d{1,3}(?:[.,]\d{1,2})?$/;

/**
 * Tindak lanjut temuan, 0–100 with at most two decimals (the column is DECIMAL(5,2)): a third
 * decimal is refused rather than rounded, since rounding 99,999 would turn it into 100.
 * Takes "98,5" (Indonesian decimal comma), "98.5" or a number; blank is "belum diisi".
 */
const PercentSchema = z.union([z.number(), z.string(), z.null()], "Isi tindak lanjut temuan sebagai angka 0–100").transform((value, ctx) => {
  if (value === null || (typeof value === "string" && value.trim() === "")) return null;
  const text = typeof value === "number" ? String(value) : value.trim();
  if (!PERCENT_PATTERN.test(text)) {
    ctx.addIssue({ code: "custom", message: "Tindak lanjut temuan APIP/BPK: isi angka 0–100 dengan paling banyak dua desimal (mis. 98,50)" });
    return z.NEVER;
  }
  const percent = Number(text.replace(",", "."));
  if (percent > 100) {
    ctx.addIssue({ code: "custom", message: "Tindak lanjut temuan APIP/BPK paling tinggi 100%" });
    return z.NEVER;
  }
  return percent;
});

export const UnitYearFactSchema = z.object({
  unitId: IdSchema,
  year: z
    .number("Isi tahun")
    .int("Tahun harus bilangan bulat")
    .min(2015, "Tahun paling awal 2015")
    // Next year's facts may be entered ahead (a period for the coming proposal round).
    .refine((year) => year <= thisYearAnywhere() + 1, "Tahun paling jauh tahun depan"),
  sakipInternal: optionalEnum(GRADES, "Pilih predikat SAKIP internal yang dikenal (AA, A, BB, B, CC, C, D)"),
  followUpPercent: PercentSchema,
});
export type UnitYearFactInput = z.infer<typeof UnitYearFactSchema>;

export const UnitPredicateSchema = z
  .object({
    unitId: IdSchema,
    year: z
      .number("Isi tahun predikat")
      .int("Tahun predikat harus bilangan bulat")
      .min(2010, "Tahun predikat paling awal 2010")
      .refine((year) => year <= thisYearAnywhere(), "Tahun predikat tidak boleh setelah tahun ini"),
    predicate: z.enum(["WBK", "WBBM"], "Pilih predikat: Menuju WBK atau Menuju WBBM"),
    source: z.enum(["TPN", "MANDIRI"], "Pilih sumber predikat: TPN atau evaluasi mandiri"),
    decreeNumber: z.string("Isi nomor keputusan").trim().min(3, "Nomor keputusan minimal 3 karakter").max(200, "Nomor keputusan maksimal 200 karakter"),
    decreeDate: pastDaySchema("Tanggal keputusan"),
  })
  // A decree awards the predicate of its year, so it cannot be dated before that year began.
  .refine((p) => p.decreeDate >= `${p.year}-01-01`, { path: ["decreeDate"], message: "Tanggal keputusan tidak boleh sebelum tahun predikat" });
export type UnitPredicateInput = z.infer<typeof UnitPredicateSchema>;

export const PredicateRevocationSchema = z.object({
  predicateId: IdSchema,
  revocationNumber: z.string("Isi nomor keputusan pencabutan").trim().min(3, "Nomor keputusan pencabutan minimal 3 karakter").max(200, "Nomor keputusan pencabutan maksimal 200 karakter"),
  revokedOn: pastDaySchema("Tanggal pencabutan"),
});
export type PredicateRevocationInput = z.infer<typeof PredicateRevocationSchema>;
