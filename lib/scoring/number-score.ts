import { AREA_CODES } from "@/lib/lke/schema";
import type { Answers } from "./answers";
import type { NumberPlan } from "./number-plan";
import { areaPercent, areaScore, numberChecks } from "./number-checks";
import { rankNumberGaps } from "./number-gaps";
import { readAnswers } from "./number-read";
import type { AreaScore, Completeness, Count, NodeScore, ScoreResult } from "./score-types";

// scoreAssessment on the number path (number-plan.ts): the same result as the general path, from
// the same exact numerators over the common denominator `den`, as plain JS numbers. Each output
// is numerator / den: both are safe integers, so one IEEE division gives the correctly rounded
// value — the number the general path gives. Null when the answers need the general path.

export function scoreWithNumbers(plan: NumberPlan, answers: Answers, holdsWbk: boolean): ScoreResult | null {
  const { reading, tree, scores, gains, indicatorOf } = plan;
  if (!readAnswers(plan, answers, reading)) return null;
  const { den, fixedPoints, freeNum, freeDen } = reading;
  const lift = den / plan.fixedDen;

  // Question points over den, added to their indicators; the gain is best points − points (gaps.ts).
  scores.fill(0);
  // A choice question has only fixedPoints, any other only freeNum / freeDen (number-read.ts).
  for (let q = 0; q < indicatorOf.length; q++) {
    let points = (fixedPoints[q] as number) * lift;
    if (freeNum[q] !== 0) {
      // (weight / n) × value over den: den is a multiple of n × the value's denominator.
      const share = den / ((plan.factorDen[q] as number) * (freeDen[q] as number));
      points = share * ((plan.factorNum[q] as number) * (freeNum[q] as number));
    }
    const indicator = indicatorOf[q] as number;
    scores[indicator] = (scores[indicator] as number) + points;
    gains[q] = (plan.bestPoints[q] as number) * lift - points;
  }
  // Area nodes, parts, components and the total, each the sum of its children (offsets in order).
  const { childStart, children } = tree;
  for (let k = 0, node = tree.indicatorCount; node <= tree.total; k++, node++) {
    let sum = 0;
    for (let c = childStart[k] as number; c < (childStart[k + 1] as number); c++) sum += scores[children[c] as number] as number;
    scores[node] = sum;
  }

  const { compiled } = plan;
  const { roles } = tree;
  const checks = numberChecks(plan, holdsWbk);
  return {
    lke: compiled.lke.id,
    total: (scores[tree.total] as number) / den,
    pengungkit: (scores[roles.pengungkit] as number) / den,
    hasil: (scores[roles.hasil] as number) / den,
    pemenuhan: (scores[roles.pemenuhan] as number) / den,
    reform: (scores[roles.reform] as number) / den,
    bersihAkuntabel: (scores[roles.bersihAkuntabel] as number) / den,
    pelayananPrima: (scores[roles.pelayananPrima] as number) / den,
    areas: {
      MP: areaResult(plan, 0), TL: areaResult(plan, 1), SDM: areaResult(plan, 2),
      AK: areaResult(plan, 3), PW: areaResult(plan, 4), PP: areaResult(plan, 5),
    },
    components: nodeScores(compiled.components, scores, tree.componentBase, den),
    parts: nodeScores(compiled.parts, scores, tree.partBase, den),
    indicators: indicatorScores(plan),
    questions: questionScores(plan),
    completeness: completeness(plan),
    predicate: checks.WBBM.every(passes) ? "WBBM" : checks.WBK.every(passes) ? "WBK" : null,
    checks,
    gaps: rankNumberGaps(plan),
  };
}

const passes = (check: { pass: boolean }) => check.pass;

function areaResult(plan: NumberPlan, a: number): AreaScore {
  const { tree, scores } = plan;
  const { den } = plan.reading;
  const { name, weight } = plan.compiled.areas[AREA_CODES[a] ?? "MP"];
  const pemenuhan = scores[tree.areaPemenuhan[a] as number] as number;
  const reform = scores[tree.areaReform[a] as number] as number;
  return { name, weight, pemenuhan: pemenuhan / den, reform: reform / den, score: areaScore(plan, a) / den, percent: areaPercent(plan, a) };
}

function nodeScores(nodes: readonly { code: string; name: string; weight: number }[], scores: Float64Array, base: number, den: number): NodeScore[] {
  const result = new Array<NodeScore>(nodes.length);
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i] as (typeof nodes)[number];
    result[i] = { code: node.code, name: node.name, weight: node.weight, score: (scores[base + i] as number) / den };
  }
  return result;
}

function indicatorScores(plan: NumberPlan): ScoreResult["indicators"] {
  const { indicators } = plan.compiled;
  const { den } = plan.reading;
  const result = new Array<ScoreResult["indicators"][number]>(indicators.length);
  for (let i = 0; i < indicators.length; i++) {
    const { code, area, weight } = indicators[i] as (typeof indicators)[number];
    result[i] = { code, area, weight, score: (plan.scores[i] as number) / den };
  }
  return result;
}

function questionScores(plan: NumberPlan): ScoreResult["questions"] {
  const { codes } = plan;
  const { answered, value } = plan.reading;
  const result = new Array<ScoreResult["questions"][number]>(codes.length);
  for (let q = 0; q < codes.length; q++) {
    result[q] = { code: codes[q] as string, answered: answered[q] === 1, value: value[q] as number };
  }
  return result;
}

function completeness(plan: NumberPlan): Completeness {
  const { answeredBySlot: done, answeredCount } = plan.reading;
  const all = plan.questionsBySlot;
  return {
    answered: answeredCount,
    total: plan.codes.length,
    areas: {
      MP: count(done, all, 0), TL: count(done, all, 1), SDM: count(done, all, 2),
      AK: count(done, all, 3), PW: count(done, all, 4), PP: count(done, all, 5),
    },
    hasil: count(done, all, 6),
  };
}

function count(answered: Int32Array, total: Int32Array, slot: number): Count {
  return { answered: answered[slot] as number, total: total[slot] as number };
}
