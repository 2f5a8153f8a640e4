import { formatNumber } from "@/lib/format";

// A Tabel 6 requirement as a reader takes it (issue 12): the requirement first, then where the unit
// stands — "60% (kini 50,2%)" for an area's percent, "75,00 (kini 60,12)" for points, and the
// "already WBK" condition (Tabel 6, Menuju WBBM) in words rather than ya/tidak.

type CheckLike = { rule: string; actual: number | boolean; required: number | boolean };

export function describeCheckValue(check: CheckLike): string {
  if (typeof check.actual === "boolean" || typeof check.required === "boolean") {
    const now = check.actual === true ? "sudah" : "belum";
    return check.rule === "requiresWbk" ? `harus sudah berpredikat WBK (kini ${now})` : `harus terpenuhi (kini ${check.actual ? "terpenuhi" : "belum"})`;
  }
  if (check.rule === "areaMinPercent") return `${formatNumber(check.required, 0)}% (kini ${formatNumber(check.actual, 1)}%)`;
  return `${formatNumber(check.required)} (kini ${formatNumber(check.actual)})`;
}
