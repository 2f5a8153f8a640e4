import type { AssessmentState } from "@/lib/db/generated/enums";

export const STATE_LABELS: Record<AssessmentState, string> = {
  DRAFT: "Draf",
  SUBMITTED: "Diajukan",
  IN_REVIEW: "Direviu TPI",
  RETURNED: "Dikembalikan untuk perbaikan",
  FINAL: "Final",
};

const dateFormat = new Intl.DateTimeFormat("id-ID", { dateStyle: "long", timeZone: "Asia/Jakarta" });
const dateTimeFormat = new Intl.DateTimeFormat("id-ID", { dateStyle: "medium", timeStyle: "short", timeZone: "Asia/Jakarta" });

export function formatDate(date: Date): string {
  return dateFormat.format(date);
}

export function formatDateTime(date: Date): string {
  return dateTimeFormat.format(date);
}

const numberFormats = new Map<number, Intl.NumberFormat>();

/** Indonesian number display (comma decimals); scores are shown with two decimals. */
export function formatNumber(value: number, digits = 2): string {
  let format = numberFormats.get(digits);
  if (!format) {
    format = new Intl.NumberFormat("id-ID", { minimumFractionDigits: digits, maximumFractionDigits: digits });
    numberFormats.set(digits, format);
  }
  return format.format(value);
}

const timeFormat = new Intl.DateTimeFormat("id-ID", { timeStyle: "short", timeZone: "Asia/Jakarta" });

export function formatTime(date: Date): string {
  return timeFormat.format(date);
}
