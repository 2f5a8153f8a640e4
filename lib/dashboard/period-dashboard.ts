import "server-only";
import type { SessionUser } from "@/lib/auth/session";
import type { Db } from "@/lib/db/create-client";
import { lkeOf } from "@/lib/assessment/lke-of";
import { StoredEvaluationSchema, type StoredEvaluation } from "@/lib/review/transitions/result";
import type { AssessmentState } from "@/lib/db/generated/enums";
import type { AreaCode } from "@/lib/lke/schema";
import { loadUnitsEligibilityFacts } from "@/lib/eligibility/unit-facts";
import { countStates, splitReadiness } from "./chart-series";
import { registerOf } from "./row-eligibility";
import { areaNamesOf, buildDashboardRow, buildListRow, type DashboardRow, type ListRow, type RowRegister } from "./rows";
import { dashboardWhere } from "./scope";
import type { DashboardPeriod } from "./periods";
import { listAssessments } from "./list-query";
import { listScoresOf, summariesOf } from "./stored-scores";
import { listUnitPage, type UnitListQuery, type UnitPage } from "./unit-list";

/** How many units each readiness list shows; the rest are one link away in the filtered list. */
export const READINESS_SHOWN = 8;

export type ReadinessList = { count: number; shown: DashboardRow[] };
export type PeriodDashboard = {
  period: DashboardPeriod;
  /** Every unit of the period this user may see. */
  unitCount: number;
  /** Whether any unit has started (submitted, or a score above zero). */
  started: boolean;
  counts: ReturnType<typeof countStates>;
  /** FINAL TPI evaluations that may be proposed (PermenPAN-RB 5/2024 Bab II A: on the TPI's LHE). */
  ready: ReadinessList;
  /** Not final yet, but the judged side meets Tabel 6 for a target: a perkiraan, never a proposal. */
  estimated: ReadinessList;
  notReady: ReadinessList;
  /** The page of the unit list the query asks for, in full. */
  list: UnitPage<DashboardRow>;
  /** Tabel 6 (PermenPAN-RB 90/2021, Lampiran II) of the period's LKE: total and area minimums. */
  thresholds: { totalWbk: number; totalWbbm: number; areaWbk: number; areaWbbm: number };
  areaNames: Record<AreaCode, string>;
};

/** A stored evaluation as finalize wrote it; anything else (or a non-FINAL state) is ignored. */
export function readEvaluation(state: AssessmentState, value: unknown): StoredEvaluation | null {
  if (state !== "FINAL") return null;
  const parsed = StoredEvaluationSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/** Every unit of the period this user may see, as the list reads them (scope in the where clause). */
async function loadList({ db, user, period }: { db: Db; user: SessionUser; period: DashboardPeriod }) {
  if (user.role === "OPERATOR") return null;
  const where = dashboardWhere(user, { periodId: period.id });
  if (!where) return null;
  const lke = lkeOf(period);
  const assessments = await listAssessments({ db, where });
  const [{ scores, scored }, facts] = await Promise.all([
    listScoresOf({ db, lke, assessments }),
    loadUnitsEligibilityFacts({ db, periodId: period.id, unitIds: [...new Set(assessments.map((a) => a.unit.id))] }),
  ]);
  const registers = new Map<string, RowRegister>([...facts].map(([unitId, f]) => [unitId, registerOf(f)]));
  const rows: ListRow[] = assessments.map((a) => buildListRow({ assessment: a, scores: scores.get(a.id)!, evaluation: a.evaluation, register: registers.get(a.unit.id)! }));
  return { lke, assessments, rows, scored, registers };
}

/**
 * The period dashboard for this user: counts, readiness and the asked page of the list over
 * every unit, from the stored score columns; the units on screen (that page and the readiness
 * lists' first few) in full. Null for an operator.
 */
export async function getPeriodDashboard({ db, user, period, query }: { db: Db; user: SessionUser; period: DashboardPeriod; query: UnitListQuery }): Promise<PeriodDashboard | null> {
  const loaded = await loadList({ db, user, period });
  if (!loaded) return null;
  const { lke, assessments, rows, scored, registers } = loaded;
  const { ready, estimated, notReady } = splitReadiness(rows);
  const page = listUnitPage(rows, query);
  const onScreen = [...page.rows, ...ready.slice(0, READINESS_SHOWN), ...estimated.slice(0, READINESS_SHOWN), ...notReady.slice(0, READINESS_SHOWN)];
  const full = await fullRows({ db, lke, ids: [...new Set(onScreen.map((r) => r.assessmentId))], scored, assessments, registers });
  const inFull = (list: readonly ListRow[]) => list.map((r) => full.get(r.assessmentId)!);

  const { WBK, WBBM } = lke.thresholds;
  return {
    period,
    unitCount: rows.length,
    started: rows.some((r) => r.state !== "DRAFT" || r.unitTotal > 0),
    counts: countStates(rows),
    ready: { count: ready.length, shown: inFull(ready.slice(0, READINESS_SHOWN)) },
    estimated: { count: estimated.length, shown: inFull(estimated.slice(0, READINESS_SHOWN)) },
    notReady: { count: notReady.length, shown: inFull(notReady.slice(0, READINESS_SHOWN)) },
    list: { ...page, rows: inFull(page.rows) },
    thresholds: { totalWbk: WBK.totalMin, totalWbbm: WBBM.totalMin, areaWbk: WBK.areaMinPercent, areaWbbm: WBBM.areaMinPercent },
    areaNames: areaNamesOf(lke),
  };
}

/** Every unit of the period this user may see, in full and by unit name (the CSV export). Null for an operator. */
export async function getPeriodRows({ db, user, period }: { db: Db; user: SessionUser; period: DashboardPeriod }): Promise<DashboardRow[] | null> {
  const loaded = await loadList({ db, user, period });
  if (!loaded) return null;
  const { lke, assessments, rows, scored, registers } = loaded;
  const full = await fullRows({ db, lke, ids: rows.map((r) => r.assessmentId), scored, assessments, registers });
  return rows.map((r) => full.get(r.assessmentId)!);
}

type FullRowsInput = {
  db: Db;
  lke: ReturnType<typeof lkeOf>;
  ids: string[];
  scored: Parameters<typeof summariesOf>[0]["scored"];
  assessments: readonly { id: string; state: AssessmentState; unit: { id: string; name: string; code: string } }[];
  registers: ReadonlyMap<string, RowRegister>;
};

/** The units on screen in full: their score summaries and, when FINAL, their stored evaluation. */
async function fullRows({ db, lke, ids, scored, assessments, registers }: FullRowsInput): Promise<Map<string, DashboardRow>> {
  const [summaries, evaluations] = await Promise.all([
    summariesOf({ db, lke, ids, scored }),
    db.assessment.findMany({ where: { id: { in: ids }, state: "FINAL" }, select: { id: true, state: true, evaluation: true } }),
  ]);
  const evaluationOf = new Map(evaluations.map((e) => [e.id, readEvaluation(e.state, e.evaluation)]));
  const byId = new Map(assessments.map((a) => [a.id, a]));
  return new Map(ids.map((id) => {
    const assessment = byId.get(id)!;
    return [id, buildDashboardRow(lke, { assessment, scores: summaries.get(id)!, evaluation: evaluationOf.get(id) ?? null, register: registers.get(assessment.unit.id)! })];
  }));
}
