import type { LkeVersion } from "@/lib/lke/schema";
import { listQuestionEntries } from "@/lib/lke/walk";
import { parseAnswers } from "@/lib/scoring/answers";
import { scoreAssessment } from "@/lib/scoring/score-assessment";
import type { ScoreResult } from "@/lib/scoring/score-types";
import type { Check } from "@/lib/scoring/tabel6-checks";
import { DomainError } from "@/lib/errors";
import { decideResult, type FailingCheck, type StoredEvaluation, type Target, unmetPrerequisites } from "./result";
import type { Prerequisites } from "./schemas";

export type TpiAnswerRow = { questionCode: string; tpiValue: unknown };

/** The LKE's questions that have no TPI value yet, in LKE order. */
export function listUnreviewed(lke: LkeVersion, rows: TpiAnswerRow[]): string[] {
  const reviewed = new Set(rows.filter((r) => r.tpiValue !== null && r.tpiValue !== undefined).map((r) => r.questionCode));
  return listQuestionEntries(lke).map((e) => e.question.code).filter((code) => !reviewed.has(code));
}

/** The evaluated score: lib/scoring over the TPI's values (the one place a score is computed). */
export function scoreTpiAnswers({ lke, rows, holdsWbk }: { lke: LkeVersion; rows: TpiAnswerRow[]; holdsWbk: boolean }): ScoreResult {
  const raw = Object.fromEntries(rows.filter((r) => r.tpiValue !== null && r.tpiValue !== undefined).map((r) => [r.questionCode, r.tpiValue]));
  const parsed = parseAnswers(lke, raw);
  if (!parsed.ok) throw new DomainError(`Nilai TPI tidak valid: ${parsed.problems.map((p) => p.message).join(" ")}`);
  return scoreAssessment({ lke, answers: parsed.answers, holdsWbk });
}

const failing = (checks: Check[]): FailingCheck[] =>
  checks.filter((c) => !c.pass).map((c) => ({ rule: c.area ? `${c.rule}:${c.area}` : c.rule, label: c.label, actual: c.actual, required: c.required }));

export function buildEvaluation({ score, prerequisites, holdsWbk }: { score: ScoreResult; prerequisites: Prerequisites; holdsWbk: boolean }): StoredEvaluation {
  const tabel6Pass: Record<Target, boolean> = { WBK: failing(score.checks.WBK).length === 0, WBBM: failing(score.checks.WBBM).length === 0 };
  return {
    total: score.total,
    pengungkit: score.pengungkit,
    hasil: score.hasil,
    areas: Object.fromEntries(Object.entries(score.areas).map(([code, area]) => [code, area.percent])),
    predicate: score.predicate,
    result: decideResult({ tabel6Pass, prerequisites }),
    holdsWbk,
    failingChecks: { WBK: failing(score.checks.WBK), WBBM: failing(score.checks.WBBM) },
    unmetPrerequisites: { WBK: unmetPrerequisites("WBK", prerequisites), WBBM: unmetPrerequisites("WBBM", prerequisites) },
  };
}
