import "server-only";
import type { SessionUser } from "@/lib/auth/session";
import type { Db } from "@/lib/db/create-client";
import { lkeOf } from "@/lib/assessment/lke-of";
import { scoreBothMaps } from "@/lib/review/score-both";
import { loadAnswerMaps } from "./answer-maps";
import { StoredEvaluationSchema, type StoredEvaluation } from "@/lib/review/transitions/result";
import type { AssessmentState } from "@/lib/db/generated/enums";
import type { AreaCode } from "@/lib/lke/schema";
import { areaNamesOf, buildDashboardRow, type DashboardRow } from "./rows";
import { dashboardWhere } from "./scope";
import type { DashboardPeriod } from "./periods";

export type PeriodDashboard = {
  period: DashboardPeriod;
  rows: DashboardRow[];
  /** Tabel 6 (PermenPAN-RB 90/2021, Lampiran II) of the period's LKE: total and area minimums. */
  thresholds: { totalWbk: number; totalWbbm: number; areaWbk: number; areaWbbm: number };
  areaNames: Record<AreaCode, string>;
};

// Only what the table needs; the answers come grouped per assessment from loadAnswerMaps.
const select = {
  id: true,
  state: true,
  evaluation: true,
  unit: { select: { id: true, name: true, code: true } },
} as const;

/** A stored evaluation as finalize wrote it; anything else (or a non-FINAL state) is ignored. */
export function readEvaluation(state: AssessmentState, value: unknown): StoredEvaluation | null {
  if (state !== "FINAL") return null;
  const parsed = StoredEvaluationSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/**
 * Every unit of the period this user may see, scored by lib/scoring in one pass over one query.
 * Null when the user may not see the period dashboard at all (an operator).
 */
export async function getPeriodDashboard({ db, user, period }: { db: Db; user: SessionUser; period: DashboardPeriod }): Promise<PeriodDashboard | null> {
  if (user.role === "OPERATOR") return null;
  const where = dashboardWhere(user, { periodId: period.id });
  if (!where) return null;
  const lke = lkeOf(period);
  const assessments = await db.assessment.findMany({ where, select, orderBy: { unit: { name: "asc" } } });
  const answers = await loadAnswerMaps({ db, assessmentIds: assessments.map((a) => a.id) });
  const rows = assessments.map((a) => {
    const maps = answers.get(a.id) ?? { unit: {}, tpi: {} };
    return buildDashboardRow(lke, { assessment: a, scores: scoreBothMaps({ lke, ...maps }), evaluation: readEvaluation(a.state, a.evaluation) });
  });
  const { WBK, WBBM } = lke.thresholds;
  return { period, rows, thresholds: { totalWbk: WBK.totalMin, totalWbbm: WBBM.totalMin, areaWbk: WBK.areaMinPercent, areaWbbm: WBBM.areaMinPercent }, areaNames: areaNamesOf(lke) };
}
