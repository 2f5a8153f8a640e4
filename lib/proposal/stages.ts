import type { TpnStageKind, TpnStageResult } from "@/lib/db/generated/enums";

// Pure: the TPN's stages for one proposed unit, in the order TPN runs them
// (PermenPAN-RB 90/2021 Lampiran II Bab III, pages 52–57: pra evaluasi, desk evaluasi, evaluasi
// lapangan, clearance dan panel, then the Minister's decree, pages 59–60). Seleksi administrasi
// (the letter and the SPTJM checked against Tabel 5, PermenPAN-RB 5/2024 pages 4–6) comes first.

export const STAGE_ORDER: readonly TpnStageKind[] = ["SELEKSI_ADMINISTRASI", "PRA_EVALUASI", "DESK_EVALUASI", "EVALUASI_LAPANGAN", "PANEL", "KEPUTUSAN"];

export const STAGE_LABELS: Record<TpnStageKind, string> = {
  SELEKSI_ADMINISTRASI: "Seleksi administrasi",
  PRA_EVALUASI: "Pra-evaluasi",
  DESK_EVALUASI: "Desk evaluasi",
  EVALUASI_LAPANGAN: "Evaluasi lapangan",
  PANEL: "Clearance dan panel",
  KEPUTUSAN: "Keputusan Menteri",
};

export const RESULT_LABELS: Record<TpnStageResult, string> = {
  LULUS: "Lulus",
  LULUS_DENGAN_CATATAN: "Lulus dengan catatan",
  TIDAK_LULUS: "Tidak lulus",
};

/** The decree's own words for its two outcomes. */
export const DECREE_RESULT_LABELS: Partial<Record<TpnStageResult, string>> = { LULUS: "Predikat ditetapkan", TIDAK_LULUS: "Predikat tidak ditetapkan" };

export function resultLabel(kind: TpnStageKind, result: TpnStageResult): string {
  return (kind === "KEPUTUSAN" ? DECREE_RESULT_LABELS[result] : undefined) ?? RESULT_LABELS[result];
}

type Recorded = { kind: TpnStageKind; result: TpnStageResult };

/**
 * Why this stage cannot be recorded now, or null. Each stage follows the one before it, which
 * must have been passed (lulus or lulus dengan catatan); a stage is recorded once (a correction
 * is a new round of TPN's, not an edit). A unit that failed a stage stops there.
 */
export function stageRefusal(kind: TpnStageKind, recorded: readonly Recorded[]): string | null {
  if (recorded.some((r) => r.kind === kind)) return `Tahap ${STAGE_LABELS[kind].toLowerCase()} sudah dicatat untuk unit ini.`;
  const index = STAGE_ORDER.indexOf(kind);
  if (index === 0) return null;
  const previous = STAGE_ORDER[index - 1]!;
  const before = recorded.find((r) => r.kind === previous);
  if (!before) return `Catat tahap ${STAGE_LABELS[previous].toLowerCase()} lebih dulu.`;
  if (before.result === "TIDAK_LULUS") return `Unit ini tidak lulus ${STAGE_LABELS[previous].toLowerCase()}; tahap berikutnya tidak dapat dicatat.`;
  return null;
}

/** The stage a proposed unit is at: the latest recorded, or null before the first. */
export function currentStage(recorded: readonly Recorded[]): Recorded | null {
  let latest: Recorded | null = null;
  for (const r of recorded) if (!latest || STAGE_ORDER.indexOf(r.kind) > STAGE_ORDER.indexOf(latest.kind)) latest = r;
  return latest;
}
