import { AREA_CODES, type AreaCode } from "@/lib/lke/schema";
import type { AssessmentState } from "@/lib/db/generated/enums";
import type { DashboardRow, ListRow } from "./rows";

// Pure: dashboard rows (already scored by lib/scoring) into what the charts and the heatmap draw.

export type TotalsPoint = { code: string; name: string; unit: number; tpi: number | null };

/** The bar chart: the unit's own total and the TPI's (null before the review) per unit. */
export function toTotalsSeries(rows: readonly DashboardRow[]): TotalsPoint[] {
  return rows.map((r) => ({ code: r.unitCode, name: r.unitName, unit: r.unit.total, tpi: r.tpi?.total ?? null }));
}

/** Against Tabel 6's area minimums: ≥ WBBM's (75%), ≥ WBK's (60%), or below. */
export type AreaLevel = "wbbm" | "wbk" | "below";
export type AreaThresholds = { areaWbk: number; areaWbbm: number };

export function areaLevel(percent: number, { areaWbk, areaWbbm }: AreaThresholds): AreaLevel {
  if (percent >= areaWbbm) return "wbbm";
  if (percent >= areaWbk) return "wbk";
  return "below";
}

export type HeatmapCell = { area: AreaCode; percent: number; level: AreaLevel };
export type HeatmapRow = { unitId: string; unitName: string; basis: "TPI" | "UNIT"; cells: HeatmapCell[] };

/** Area percentages per unit, by the TPI's score when there is one, else the unit's own. */
export function toHeatmapRows(rows: readonly DashboardRow[], thresholds: AreaThresholds): HeatmapRow[] {
  return rows.map((r) => {
    const areas = (r.tpi ?? r.unit).areas;
    return {
      unitId: r.unitId,
      unitName: r.unitName,
      basis: r.tpi ? "TPI" : "UNIT",
      cells: AREA_CODES.map((area) => ({ area, percent: areas[area], level: areaLevel(areas[area], thresholds) })),
    };
  });
}

export type RadarPoint = { area: AreaCode; name: string; unit: number; tpi: number | null };

/** The unit page's radar: unit vs TPI percentage for each area. */
export function toRadarSeries(row: DashboardRow, areaNames: Record<AreaCode, string>): RadarPoint[] {
  return AREA_CODES.map((area) => ({ area, name: areaNames[area], unit: row.unit.areas[area], tpi: row.tpi?.areas[area] ?? null }));
}

export type HistoryPoint = { year: number; unitTotal: number; total: number; basis: "TPI" | "UNIT" } & Record<AreaCode, number>;

/** Year over year: the evaluated total and area percentages (TPI's when there is one) and the unit's own total. */
export function toHistorySeries(entries: readonly { period: { year: number }; row: DashboardRow }[]): HistoryPoint[] {
  return [...entries]
    .sort((a, b) => a.period.year - b.period.year)
    .map(({ period, row }) => {
      const judged = row.tpi ?? row.unit;
      const areas = Object.fromEntries(AREA_CODES.map((a) => [a, judged.areas[a]])) as Record<AreaCode, number>;
      return { year: period.year, unitTotal: row.unit.total, total: judged.total, basis: row.tpi ? "TPI" : "UNIT", ...areas };
    });
}

const STATES: readonly AssessmentState[] = ["DRAFT", "SUBMITTED", "IN_REVIEW", "RETURNED", "FINAL"];

/** How many units are in each state, every state listed (0 too), in the cycle's order. */
export function countStates(rows: readonly Pick<ListRow, "state">[]): { state: AssessmentState; count: number }[] {
  return STATES.map((state) => ({ state, count: rows.filter((r) => r.state === state).length }));
}

/** "Siap diusulkan" (FINAL only), "perkiraan" (not final, meets Tabel 6 so far) and "belum siap", best totals first. */
export function splitReadiness<T extends ListRow>(rows: readonly T[]): { ready: T[]; estimated: T[]; notReady: T[] } {
  const sorted = [...rows].sort((a, b) => b.judgedTotal - a.judgedTotal);
  return {
    ready: sorted.filter((r) => r.basis === "FINAL" && r.target !== null),
    estimated: sorted.filter((r) => r.basis !== "FINAL" && r.target !== null),
    notReady: sorted.filter((r) => r.target === null),
  };
}
