import "server-only";
import type { Db } from "@/lib/db/create-client";
import type { LkeVersion } from "@/lib/lke/schema";
import { scoreTpiAnswers, type TpiAnswerRow } from "@/lib/review/transitions/evaluation";
import type { ScoreResult } from "@/lib/scoring/score-types";
import { judgeScore, type UnitEligibilityFacts } from "./judge";
import { NO_CONFIRMATIONS } from "./stored";
import type { ConditionKey, ConditionState } from "./types";
import { conditionSources } from "./sources";
import { loadUnitEligibilityFacts } from "./unit-facts";

/**
 * What the ketua tim sees before finalizing: the TPI's score with "already holds WBK" from the
 * register, the facts Tabel 5 is decided on and where each comes from. The form decides the rule
 * again (lib/eligibility/judge decideFor) as the ketua confirms what only a person can judge.
 */
export type FinalizePreview = {
  total: number;
  facts: UnitEligibilityFacts;
  lhkpnLhkasn: ConditionState;
  checks: ScoreResult["checks"];
  sources: Partial<Record<ConditionKey, string>>;
};

type PreviewInput = { db: Db; lke: LkeVersion; rows: TpiAnswerRow[]; unitId: string; periodId: string };

export async function previewFinalize({ db, lke, rows, unitId, periodId }: PreviewInput): Promise<FinalizePreview> {
  const facts = await loadUnitEligibilityFacts({ db, unitId, periodId });
  const judged = judgeScore({ lke, facts, confirmations: NO_CONFIRMATIONS, scoreFor: (holdsWbk) => scoreTpiAnswers({ lke, rows, holdsWbk }) });
  const sources = await conditionSources({ db, periodId, facts });
  return { total: judged.score.total, facts, lhkpnLhkasn: judged.inputs.lhkpnLhkasn, checks: judged.score.checks, sources };
}
