import "server-only";
import type { SessionUser } from "@/lib/auth/session";
import type { Db } from "@/lib/db/create-client";
import { lkeOf } from "@/lib/assessment/lke-of";
import { scoreBothSides } from "@/lib/review/score-both";
import { loadUnitEligibilityFacts } from "@/lib/eligibility/unit-facts";
import { readEvaluation } from "./period-dashboard";
import { registerOf } from "./row-eligibility";
import type { AreaCode } from "@/lib/lke/schema";
import { SUMMARY_HOLDS_WBK, summarizeBoth } from "./score-summary";
import { areaNamesOf, buildDashboardRow, type DashboardRow } from "./rows";
import { dashboardWhere } from "./scope";

export type UnitPeriodEntry = { period: { id: string; year: number; name: string; deadline: Date }; row: DashboardRow };
export type UnitDashboard = {
  unit: { id: string; name: string; code: string };
  /** The chosen period's entry, with the top 10 gaps. */
  current: UnitPeriodEntry;
  /** Every period of the unit this user may see, oldest first. */
  history: UnitPeriodEntry[];
  areaNames: Record<AreaCode, string>;
};

const UNIT_ID = /^[0-9a-f-]{36}$/i;

const select = {
  id: true,
  state: true,
  evaluation: true,
  unit: { select: { id: true, name: true, code: true } },
  period: { select: { id: true, year: true, name: true, deadline: true, lkeVersionId: true } },
  answers: { select: { questionCode: true, unitValue: true, tpiValue: true } },
} as const;

/**
 * One unit across the periods this user may see it in (scope in the where clause), with the
 * period of `year` (default: the latest) chosen. Null when there is nothing the user may see.
 */
export async function getUnitDashboard({ db, user, unitId, year }: { db: Db; user: SessionUser; unitId: string; year: number | null }): Promise<UnitDashboard | null> {
  if (!UNIT_ID.test(unitId)) return null;
  const where = dashboardWhere(user, { unitId });
  if (!where) return null;
  const assessments = await db.assessment.findMany({ where, select, orderBy: { period: { year: "asc" } } });
  if (assessments.length === 0) return null;
  const chosen = assessments.find((a) => a.period.year === year) ?? assessments[assessments.length - 1]!;
  const facts = await Promise.all(assessments.map((a) => loadUnitEligibilityFacts({ db, unitId: a.unit.id, periodId: a.period.id })));
  const history = assessments.map((a, i) => {
    const lke = lkeOf(a.period);
    const scores = summarizeBoth(lke, scoreBothSides({ lke, answers: a.answers, holdsWbk: SUMMARY_HOLDS_WBK }), a.id === chosen.id ? 10 : 1);
    const period = { id: a.period.id, year: a.period.year, name: a.period.name, deadline: a.period.deadline };
    return { period, row: buildDashboardRow(lke, { assessment: a, scores, evaluation: readEvaluation(a.state, a.evaluation), register: registerOf(facts[i]!) }) };
  });
  const current = history.find((h) => h.row.assessmentId === chosen.id) ?? history[history.length - 1]!;
  return { unit: chosen.unit, current, history, areaNames: areaNamesOf(lkeOf(chosen.period)) };
}
