import type { PredicateSource, ServiceCategory, ZiTarget } from "@/lib/db/generated/enums";

/** PermenPAN-RB 5/2024 Lampiran II Bab II A, page 5, a–f; LAINNYA for every other unit. */
export const SERVICE_CATEGORY_LABELS: Record<ServiceCategory, string> = {
  RSUD: "Rumah Sakit Umum Daerah (RSUD)",
  DUKCAPIL: "Dinas Kependudukan dan Pencatatan Sipil",
  SAMSAT: "Unit pelayanan SAMSAT",
  PTSP: "Unit Pelayanan Terpadu Satu Pintu (PTSP)",
  PENDIDIKAN: "Unit pelayanan pendidikan",
  KETENAGAKERJAAN: "Unit pelayanan ketenagakerjaan",
  LAINNYA: "Lainnya (bukan kategori jalur afirmasi)",
};

export const TARGET_LABELS: Record<ZiTarget, string> = { WBK: "Menuju WBK", WBBM: "Menuju WBBM" };

export const SOURCE_LABELS: Record<PredicateSource, string> = {
  TPN: "Evaluasi TPN (KemenPAN-RB)",
  MANDIRI: "Evaluasi secara mandiri oleh instansi",
};

export const TRI_STATE_LABELS = { YA: "Ya", TIDAK: "Tidak", "": "Belum diisi" } as const;

export function triStateLabel(value: boolean | null): string {
  return value === null ? "belum diisi" : value ? "Ya" : "Tidak";
}
