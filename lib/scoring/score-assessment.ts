import type { AreaCode, LkeVersion } from "@/lib/lke/schema";
import type { Answers } from "./answers";
import { type Arith, Overflow, bigArith, numberArith } from "./arith";
import { type CompiledLke, type CompiledNode, compileLke } from "./compile-lke";
import { type Evaluation, evaluateAnswers, scorePoints } from "./evaluate-answers";
import { rankGaps, valueOf } from "./gaps";
import { numberPlan } from "./number-plan";
import { scoreWithNumbers } from "./number-score";
import type { AreaScore, Completeness, Count, NodeScore, ScoreResult } from "./score-types";
import { type Ratio, type Tabel6Figures, allPass, checkTabel6 } from "./tabel6-checks";

export type ScoreAssessmentOptions = {
  lke: LkeVersion;
  /** Answers as returned by parseAnswers; a mismatched answer throws. */
  answers: Answers;
  /** Whether the unit already holds Menuju WBK (a Tabel 6 requirement for Menuju WBBM). */
  holdsWbk?: boolean;
};

// Below this common denominator every numerator (at most 100 × 15 × 2 × den for an area percent)
// stays a safe integer, so JS numbers are exact; numberArith still checks every step.
const NUMBER_PATH_MAX_DEN = 2n ** 40n;

/**
 * The one scoring function (DESIGN.md): question values, indicator, area, part, component and
 * total scores, completeness, the Tabel 6 checks, the predicate and the ranked gaps. Area, part,
 * component and total are sums (PermenPAN-RB 90/2021 Lampiran II, Tabel 3 and 4); the area percent
 * is (Pemenuhan + Reform of the area) / area weight × 100.
 */
export function scoreAssessment({ lke, answers, holdsWbk = false }: ScoreAssessmentOptions): ScoreResult {
  const compiled = compileLke(lke);
  // The number path (number-score.ts) scores the usual assessment on plain JS numbers; it declines
  // anything unusual (a common denominator past its bound, an answer that does not fit), which
  // the general path then scores. Both compute the same exact fractions, so the same result.
  const plan = numberPlan(compiled);
  return (plan && scoreWithNumbers(plan, answers, holdsWbk)) ?? scoreGeneral(compiled, answers, holdsWbk);
}

/** The general path: any answers, on checked numbers when den is small, else bigint (exported for tests). */
export function scoreGeneral(compiled: CompiledLke, answers: Answers, holdsWbk: boolean): ScoreResult {
  const evaluation = evaluateAnswers(compiled, answers);
  if (evaluation.den <= NUMBER_PATH_MAX_DEN) {
    try {
      return scoreWith({ arith: numberArith, compiled, evaluation, den: Number(evaluation.den), holdsWbk });
    } catch (error) {
      if (!(error instanceof Overflow)) throw error;
    }
  }
  return scoreWith({ arith: bigArith, compiled, evaluation, den: evaluation.den, holdsWbk });
}

type ScoreArgs<T> = { arith: Arith<T>; compiled: CompiledLke; evaluation: Evaluation; den: T; holdsWbk: boolean };

function scoreWith<T>(args: ScoreArgs<T>): ScoreResult {
  const { arith, compiled, evaluation, den, holdsWbk } = args;
  const points = scorePoints({ arith, compiled, evaluation, den });
  const { indicators } = points;
  const at = (values: T[], index: number): T => values[index] ?? arith.zero;
  const sum = (children: number[], values: T[]) => children.reduce((acc, i) => arith.add(acc, at(values, i)), arith.zero);
  const areaNodes = compiled.areaNodes.map((node) => sum(node.children, indicators));
  const parts = compiled.parts.map((part) => sum(part.children, part.holds === "areas" ? areaNodes : indicators));
  const components = compiled.components.map((component) => sum(component.children, parts));
  const total = components.reduce((acc, value) => arith.add(acc, value), arith.zero);
  const number = (value: T) => arith.toNumber(value, den);
  const over = (num: T): Ratio<T> => ({ num, den });
  const { roles } = compiled;

  const areaPercent = (area: AreaCode): Ratio<T> => {
    const { weightFraction, pemenuhan, reform } = compiled.areas[area];
    const score = arith.add(at(areaNodes, pemenuhan), at(areaNodes, reform));
    return {
      num: arith.mul(score, arith.fromBig(weightFraction.den * 100n)),
      den: arith.mul(den, arith.fromBig(weightFraction.num)),
    };
  };
  const percents: Record<AreaCode, Ratio<T>> = {
    MP: areaPercent("MP"), TL: areaPercent("TL"), SDM: areaPercent("SDM"),
    AK: areaPercent("AK"), PW: areaPercent("PW"), PP: areaPercent("PP"),
  };
  const figures: Tabel6Figures<T> = {
    totalMin: over(total),
    pengungkitMin: over(at(components, roles.pengungkit)),
    areaMinPercent: percents,
    bersihAkuntabelMin: over(at(parts, roles.bersihAkuntabel)),
    surveiAntiKorupsiMin: over(at(indicators, roles.surveiAntiKorupsi)),
    kinerjaLebihBaikMin: over(at(indicators, roles.kinerjaLebihBaik)),
    pelayananPrimaMin: over(at(parts, roles.pelayananPrima)),
  };
  const checks = {
    WBK: checkTabel6({ arith, thresholds: compiled.thresholds.WBK, figures, holdsWbk }),
    WBBM: checkTabel6({ arith, thresholds: compiled.thresholds.WBBM, figures, holdsWbk }),
  };

  const areaScore = (area: AreaCode): AreaScore => {
    const { name, weight, pemenuhan, reform } = compiled.areas[area];
    const percent = percents[area];
    return {
      name, weight, pemenuhan: number(at(areaNodes, pemenuhan)), reform: number(at(areaNodes, reform)),
      score: number(arith.add(at(areaNodes, pemenuhan), at(areaNodes, reform))),
      percent: arith.toNumber(percent.num, percent.den),
    };
  };
  const nodeScores = (nodes: CompiledNode[], values: T[]): NodeScore[] =>
    nodes.map((node, i) => ({ code: node.code, name: node.name, weight: node.weight, score: number(at(values, i)) }));

  return {
    lke: compiled.lke.id,
    total: number(total),
    pengungkit: number(at(components, roles.pengungkit)),
    hasil: number(at(components, roles.hasil)),
    pemenuhan: number(at(parts, roles.pemenuhan)),
    reform: number(at(parts, roles.reform)),
    bersihAkuntabel: number(at(parts, roles.bersihAkuntabel)),
    pelayananPrima: number(at(parts, roles.pelayananPrima)),
    areas: {
      MP: areaScore("MP"), TL: areaScore("TL"), SDM: areaScore("SDM"),
      AK: areaScore("AK"), PW: areaScore("PW"), PP: areaScore("PP"),
    },
    components: nodeScores(compiled.components, components),
    parts: nodeScores(compiled.parts, parts),
    indicators: compiled.indicators.map((indicator, i) => ({
      code: indicator.code, area: indicator.area, weight: indicator.weight, score: number(at(indicators, i)),
    })),
    questions: compiled.questions.map((question) => ({
      code: question.code, answered: evaluation.answered[question.order] ?? false, value: valueOf(compiled, evaluation, question),
    })),
    completeness: countAnswered(compiled, evaluation),
    predicate: allPass(checks.WBBM) ? "WBBM" : allPass(checks.WBK) ? "WBK" : null,
    checks,
    gaps: rankGaps({ arith, compiled, evaluation, points, den }),
  };
}

function countAnswered(compiled: CompiledLke, evaluation: Evaluation): Completeness {
  const answered = [0, 0, 0, 0, 0, 0, 0];
  const total = [0, 0, 0, 0, 0, 0, 0];
  for (const question of compiled.questions) {
    total[question.slot] = (total[question.slot] ?? 0) + 1;
    if (evaluation.answered[question.order]) answered[question.slot] = (answered[question.slot] ?? 0) + 1;
  }
  const count = (slot: number): Count => ({ answered: answered[slot] ?? 0, total: total[slot] ?? 0 });
  return {
    answered: answered.reduce((a, b) => a + b, 0),
    total: compiled.questions.length,
    areas: { MP: count(0), TL: count(1), SDM: count(2), AK: count(3), PW: count(4), PP: count(5) },
    hasil: count(6),
  };
}
