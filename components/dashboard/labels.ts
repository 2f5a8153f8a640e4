import type { ReadinessBasis } from "@/lib/dashboard/rows";
import { RESULT_LABELS, type Target } from "@/lib/review/transitions/result";

export const BASIS_LABELS: Record<ReadinessBasis, string> = {
  FINAL: "hasil evaluasi TPI (final)",
  TPI: "nilai TPI sementara (reviu berjalan)",
  UNIT: "klaim unit sendiri, belum dinilai TPI",
};

export function targetLabel(target: Target | null): string {
  return target ? RESULT_LABELS[target] : "Belum memenuhi";
}
