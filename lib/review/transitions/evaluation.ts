import type { LkeVersion } from "@/lib/lke/schema";
import { listQuestionEntries } from "@/lib/lke/walk";
import { parseAnswers } from "@/lib/scoring/answers";
import { scoreAssessment } from "@/lib/scoring/score-assessment";
import type { ScoreResult } from "@/lib/scoring/score-types";
import type { Check } from "@/lib/scoring/tabel6-checks";
import { DomainError } from "@/lib/errors";
import type { JudgedScore } from "@/lib/eligibility/judge";
import { bestTarget } from "@/lib/eligibility/stored";
import type { FailingCheck, StoredEvaluation } from "./result";

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

/** What finalize stores: the TPI's score, Tabel 6, and the proposal rule's outcome with its inputs. */
export function buildEvaluation({ score, holdsWbk, eligibility, inputs }: JudgedScore): StoredEvaluation {
  return {
    total: score.total,
    pengungkit: score.pengungkit,
    hasil: score.hasil,
    areas: Object.fromEntries(Object.entries(score.areas).map(([code, area]) => [code, area.percent])),
    predicate: score.predicate,
    result: bestTarget(eligibility),
    holdsWbk,
    failingChecks: { WBK: failing(score.checks.WBK), WBBM: failing(score.checks.WBBM) },
    eligibility,
    eligibilityInputs: inputs,
  };
}
