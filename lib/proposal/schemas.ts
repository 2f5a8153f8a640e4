import { z } from "zod";
import { blankToNull, IdSchema } from "@/lib/admin/schema-helpers";
import { pastDaySchema } from "@/lib/unit-facts/schemas";
import { isCalendarDate } from "@/lib/instansi/time-zone";
import { STAGE_ORDER } from "./stages";

// Shared by the proposal pages' forms and the actions; every output is again a valid input.

const QuotaSchema = z
  .union([z.number(), z.string(), z.null()], "Isi kuota dengan bilangan bulat")
  .transform((value, ctx) => {
    if (value === null || (typeof value === "string" && value.trim() === "")) return null;
    const n = typeof value === "number" ? value : Number(value.trim());
    if (!Number.isInteger(n) || n < 1 || n > 1000) {
      ctx.addIssue({ code: "custom", message: "Kuota berupa bilangan bulat 1–1000, atau kosong bila tanpa kuota" });
      return z.NEVER;
    }
    return n;
  });

const NipSchema = z.string().trim().regex(/^\d{18}$/, "NIP terdiri atas 18 angka");

export const ProposalRoundSchema = z.object({
  periodId: IdSchema,
  quota: QuotaSchema,
  letterNumber: blankToNull(z.string().max(200, "Nomor surat maksimal 200 karakter")),
  signerName: blankToNull(z.string().max(200, "Nama penanda tangan maksimal 200 karakter")),
  signerNip: blankToNull(NipSchema),
});
export type ProposalRoundInput = z.infer<typeof ProposalRoundSchema>;

export const SelectUnitSchema = z.object({ roundId: IdSchema, unitId: IdSchema, target: z.enum(["WBK", "WBBM"], "Pilih target: Menuju WBK atau Menuju WBBM") });
export type SelectUnitInput = z.infer<typeof SelectUnitSchema>;

export const DeselectUnitSchema = z.object({ roundId: IdSchema, unitId: IdSchema });
export type DeselectUnitInput = z.infer<typeof DeselectUnitSchema>;

export const ApproveRoundSchema = z.object({
  roundId: IdSchema,
  lateReason: blankToNull(z.string().min(10, "Alasan keterlambatan minimal 10 karakter").max(2000, "Alasan keterlambatan maksimal 2000 karakter")),
});
export type ApproveRoundInput = z.infer<typeof ApproveRoundSchema>;

export const TpnStageSchema = z
  .object({
    roundId: IdSchema,
    unitId: IdSchema,
    kind: z.enum(STAGE_ORDER as [(typeof STAGE_ORDER)[number], ...(typeof STAGE_ORDER)[number][]], "Pilih tahap TPN"),
    date: pastDaySchema("Tanggal tahap"),
    result: z.enum(["LULUS", "LULUS_DENGAN_CATATAN", "TIDAK_LULUS"], "Pilih hasil tahap"),
    notes: blankToNull(z.string().max(4000, "Catatan maksimal 4000 karakter")),
    followUpDeadline: blankToNull(z.string().refine(isCalendarDate, "Isi batas tindak lanjut dengan tanggal yang benar")),
    documentNumber: blankToNull(z.string().min(3, "Nomor dokumen minimal 3 karakter").max(200, "Nomor dokumen maksimal 200 karakter")),
  })
  .refine((s) => s.result === "LULUS" || s.notes !== null, { path: ["notes"], message: "Isi catatan TPN untuk hasil selain lulus" })
  .refine((s) => s.result !== "LULUS_DENGAN_CATATAN" || s.kind !== "SELEKSI_ADMINISTRASI" || s.followUpDeadline !== null, {
    path: ["followUpDeadline"],
    message: "Isi batas waktu tindak lanjut catatan seleksi administrasi",
  })
  .refine((s) => s.followUpDeadline === null || s.followUpDeadline >= s.date, { path: ["followUpDeadline"], message: "Batas tindak lanjut tidak boleh sebelum tanggal tahap" })
  .refine((s) => s.kind !== "KEPUTUSAN" || s.result !== "LULUS_DENGAN_CATATAN", { path: ["result"], message: "Keputusan Menteri: predikat ditetapkan atau tidak ditetapkan" })
  .refine((s) => s.kind !== "KEPUTUSAN" || s.result !== "LULUS" || s.documentNumber !== null, { path: ["documentNumber"], message: "Isi nomor Keputusan Menteri" });
export type TpnStageInput = z.infer<typeof TpnStageSchema>;

/** Nilai of the TPI's internal assessment, 0–100, two decimals; "82,5", "82.5" or a number; blank is none. */
const ScoreSchema = z.union([z.number(), z.string(), z.null()], "Isi nilai sebagai angka 0–100").transform((value, ctx) => {
  if (value === null || (typeof value === "string" && value.trim() === "")) return null;
  const text = typeof value === "number" ? String(value) : value.trim();
  const n = Number(text.replace(",", "."));
  if (!/^\d{1,3}(?:[.,]\d{1,2})?$/.test(text) || n > 100) {
    ctx.addIssue({ code: "custom", message: "Nilai: angka 0–100 dengan paling banyak dua desimal" });
    return z.NEVER;
  }
  return n;
});

export const MonitoringSchema = z.object({
  predicateId: IdSchema,
  monitoredOn: pastDaySchema("Tanggal monitoring"),
  score: ScoreSchema,
  conclusion: z.enum(["MASIH_MEMENUHI", "TIDAK_MEMENUHI"], "Pilih kesimpulan monitoring"),
  notes: z.string("Isi catatan hasil monitoring").trim().min(10, "Catatan hasil monitoring minimal 10 karakter").max(4000, "Catatan maksimal 4000 karakter"),
  reportNumber: z.string("Isi nomor surat laporan").trim().min(3, "Nomor surat laporan minimal 3 karakter").max(200, "Nomor surat laporan maksimal 200 karakter"),
});
export type MonitoringInput = z.infer<typeof MonitoringSchema>;

export const RequestPackageSchema = z.object({ roundId: IdSchema, includeEvidence: z.boolean("Pilih apakah berkas bukti dukung disertakan") });
export type RequestPackageInput = z.infer<typeof RequestPackageSchema>;

export const RetryPackageSchema = z.object({ packageId: IdSchema });
export type RetryPackageInput = z.infer<typeof RetryPackageSchema>;

/** ADMIN opens (or links) the monitoring assessment of one predicate in one OPEN period. */
export const OpenMonitoringSchema = z.object({ predicateId: IdSchema, periodId: z.guid("Pilih periode evaluasi yang masih terbuka") });
export type OpenMonitoringInput = z.infer<typeof OpenMonitoringSchema>;

/** ADMIN completes the report letter of a monitoring: its number, date and the notes it carries. */
export const MonitoringReportSchema = MonitoringSchema.pick({ notes: true, reportNumber: true }).extend({ monitoringId: IdSchema, monitoredOn: pastDaySchema("Tanggal laporan") });
export type MonitoringReportInput = z.infer<typeof MonitoringReportSchema>;
