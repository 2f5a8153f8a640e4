import { formatNumber } from "@/lib/format";

/** Tooltip values: numbers the Indonesian way, a missing TPI score as a dash. */
export function formatChartValue(value: unknown): string {
  return typeof value === "number" ? formatNumber(value) : "–";
}

export const UNIT_COLOR = "#64748b";
export const TPI_COLOR = "#1d4ed8";
export const WBK_COLOR = "#d97706";
export const WBBM_COLOR = "#059669";
// Text on white needs 4.5:1 (WCAG 1.4.3): the lines keep their colours, their labels a darker shade.
export const WBK_TEXT = "#92400e";
export const WBBM_TEXT = "#065f46";
export const AXIS_TEXT = "#475569";
export const AREA_COLORS = ["#7c3aed", "#db2777", "#0891b2", "#65a30d", "#ea580c", "#4f46e5"] as const;
