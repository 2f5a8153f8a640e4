import type { AssessmentState } from "@/lib/db/generated/enums";

/** The states in which the TPI may change its own answers (PermenPAN-RB 90/2021: review after submission). */
export const REVIEWABLE_STATES: readonly AssessmentState[] = ["SUBMITTED", "IN_REVIEW"];

/** Why the TPI may not change its answers now, or null when it may. */
export function reviewRefusal(state: AssessmentState): string | null {
  switch (state) {
    case "DRAFT":
      return "LKE belum diajukan oleh unit; reviu dapat dimulai setelah unit mengajukannya.";
    case "RETURNED":
      return "LKE sedang dikembalikan kepada unit untuk perbaikan; reviu berlanjut setelah unit mengajukannya kembali.";
    case "FINAL":
      return "Penilaian sudah final; nilai TPI tidak dapat diubah lagi.";
    case "SUBMITTED":
    case "IN_REVIEW":
      return null;
  }
}
