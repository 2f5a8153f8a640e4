import type { ListRow, ReadinessBasis } from "@/lib/dashboard/rows";
import { RESULT_LABELS, type Target } from "@/lib/review/transitions/result";

export const BASIS_LABELS: Record<ReadinessBasis, string> = {
  FINAL: "hasil evaluasi TPI (final)",
  TPI: "nilai TPI sementara (reviu berjalan)",
  UNIT: "klaim unit sendiri, belum dinilai TPI",
};

export function targetLabel(target: Target | null): string {
  return target ? RESULT_LABELS[target] : "Belum memenuhi";
}

/** "Menuju WBK" (FINAL, may be proposed), "Perkiraan Menuju WBK" (not final), else "Belum memenuhi". */
export function readinessLabel(row: Pick<ListRow, "target" | "basis" | "lockedUntil">): string {
  if (row.lockedUntil) return "Terkunci (predikat dicabut)";
  if (!row.target) return "Belum memenuhi";
  return row.basis === "FINAL" ? `Dapat diusulkan ${RESULT_LABELS[row.target]}` : `Perkiraan ${RESULT_LABELS[row.target]}`;
}
