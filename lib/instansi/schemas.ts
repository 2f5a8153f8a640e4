import { z } from "zod";
import type { InstansiKind, TimeZoneCode } from "@/lib/db/generated/enums";
import { TIME_ZONE_CODES } from "./time-zone";

export const INSTANSI_KINDS = ["PEMDA_PROVINSI", "PEMDA_KABUPATEN", "PEMDA_KOTA", "KL"] as const satisfies readonly InstansiKind[];

export const INSTANSI_KIND_LABELS: Record<InstansiKind, string> = {
  PEMDA_PROVINSI: "Pemerintah daerah provinsi",
  PEMDA_KABUPATEN: "Pemerintah daerah kabupaten",
  PEMDA_KOTA: "Pemerintah daerah kota",
  KL: "Kementerian/lembaga (K/L)",
};

export const TIME_ZONE_OPTIONS: Record<TimeZoneCode, string> = {
  WIB: "WIB — Waktu Indonesia Barat (Asia/Jakarta)",
  WITA: "WITA — Waktu Indonesia Tengah (Asia/Makassar)",
  WIT: "WIT — Waktu Indonesia Timur (Asia/Jayapura)",
};

const text = (label: string, min: number, max: number) =>
  z
    .string(`Isi ${label.toLowerCase()}`)
    .trim()
    .min(min, `${label} minimal ${min} karakter`)
    .max(max, `${label} maksimal ${max} karakter`);

export const InstansiProfileSchema = z.object({
  name: text("Nama instansi", 5, 200),
  kind: z.enum(INSTANSI_KINDS, "Pilih jenis instansi"),
  regionName: text("Nama wilayah", 3, 200),
  headTitle: text("Jabatan kepala instansi", 3, 200),
  timeZone: z.enum(TIME_ZONE_CODES, "Pilih zona waktu (WIB, WITA, atau WIT)"),
});
export type InstansiProfileInput = z.infer<typeof InstansiProfileSchema>;
