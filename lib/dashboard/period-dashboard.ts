import "server-only";
import type { SessionUser } from "@/lib/auth/session";
import type { Db } from "@/lib/db/create-client";
import { lkeOf } from "@/lib/assessment/lke-of";
import { storedScoreSelect, summariesOf } from "./stored-scores";
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

// Only what the table needs; the scores come summarised from AssessmentScore (stored-scores.ts).
const select = {
  id: true,
  state: true,
  evaluation: true,
  unit: { select: { id: true, name: true, code: true } },
  score: { select: storedScoreSelect },
} as const;

/** A stored evaluation as finalize wrote it; anything else (or a non-FINAL state) is ignored. */
export function readEvaluation(state: AssessmentState, value: unknown): StoredEvaluation | null {
  if (state !== "FINAL") return null;
  const parsed = StoredEvaluationSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/**
 * Every unit of the period this user may see, with lib/scoring's summary of both sides (stored,
 * or scored now for the assessments whose answers changed since).
 * Null when the user may not see the period dashboard at all (an operator).
 */
export async function getPeriodDashboard({ db, user, period }: { db: Db; user: SessionUser; period: DashboardPeriod }): Promise<PeriodDashboard | null> {
  if (user.role === "OPERATOR") return null;
  const where = dashboardWhere(user, { periodId: period.id });
  if (!where) return null;
  const lke = lkeOf(period);
  const assessments = await db.assessment.findMany({ where, select, orderBy: { unit: { name: "asc" } } });
  const summaries = await summariesOf({ db, lke, assessments });
  const rows = assessments.map((a) =>
    buildDashboardRow(lke, { assessment: a, scores: summaries.get(a.id)!, evaluation: readEvaluation(a.state, a.evaluation) }),
  );
  const { WBK, WBBM } = lke.thresholds;
  return { period, rows, thresholds: { totalWbk: WBK.totalMin, totalWbbm: WBBM.totalMin, areaWbk: WBK.areaMinPercent, areaWbbm: WBBM.areaMinPercent }, areaNames: areaNamesOf(lke) };
}
