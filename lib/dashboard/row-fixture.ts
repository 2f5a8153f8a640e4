import type { AreaCode } from "@/lib/lke/schema";
import type { TargetEligibility } from "@/lib/eligibility/types";
import type { DashboardRow, ScoreSummary, TpiSummary } from "./rows";

const nothing: TargetEligibility = { eligible: false, route: null, tabel6: ["totalMin"], conditions: [], lockedUntil: null };
const NOT_ELIGIBLE = { WBK: nothing, WBBM: nothing };

// Dashboard rows for the pure tests of lib/dashboard: only what a test sets differs from a
// DRAFT unit with a 40-point claim, no TPI score and no predicate.

export const areas = (mp: number, rest = 50): Record<AreaCode, number> => ({ MP: mp, TL: rest, SDM: rest, AK: rest, PW: rest, PP: rest });

export const summary = (total: number, areaPercents: Record<AreaCode, number> = areas(total)): ScoreSummary => ({
  total, areas: areaPercents, predicate: null, failing: { WBK: [], WBBM: [] },
});

export const tpi = (total: number, areaPercents: Record<AreaCode, number> = areas(total)): TpiSummary => ({
  ...summary(total, areaPercents), basis: "REVIEW", answered: 10, questions: 113,
});

export function row(id: string, overrides: Partial<DashboardRow> = {}): DashboardRow {
  const unit = overrides.unit ?? summary(40, areas(40));
  const tpiScore = overrides.tpi ?? null;
  return {
    assessmentId: `a-${id}`, unitId: `u-${id}`, unitName: `Dinas ${id}`, unitCode: id.toUpperCase(), state: "DRAFT",
    unit, tpi: tpiScore, unitTotal: unit.total, judgedTotal: (tpiScore ?? unit).total,
    target: null, basis: "UNIT", lockedUntil: null, failing: [], unmetPrerequisites: [], eligibility: NOT_ELIGIBLE, gaps: [],
    ...overrides,
  };
}
