import { nearestNumber } from "./arith";
import type { NumberPlan } from "./number-plan";
import type { NumberCheck } from "./number-tree";
import { type Check, REQUIRES_WBK_LABEL } from "./tabel6-checks";

// Tabel 6 on the number path: the rows of tabel6-checks.ts, with the actual values read from
// the plan's score array (offsets fixed in number-tree.ts). A row passes when actual ≥ required,
// compared exactly by cross-multiplying the integers.

export function numberChecks(plan: NumberPlan, holdsWbk: boolean): { WBK: Check[]; WBBM: Check[] } {
  const { requiresWbk } = plan.compiled.thresholds.WBK;
  return {
    WBK: checks(plan, plan.tree.checks.WBK, requiresWbk, holdsWbk),
    WBBM: checks(plan, plan.tree.checks.WBBM, plan.compiled.thresholds.WBBM.requiresWbk, holdsWbk),
  };
}

function checks(plan: NumberPlan, rows: readonly NumberCheck[], requiresWbk: boolean, holdsWbk: boolean): Check[] {
  const { scores, tree } = plan;
  const { den } = plan.reading;
  const result: Check[] = [];
  for (const row of rows) {
    const { rule, label, required, minNum, minDen, source } = row;
    if (row.area === undefined) {
      const score = scores[source] as number;
      const pass = atLeast(score, 1, den, 1, minNum, minDen);
      result.push({ rule, label, actual: score / den, required, pass });
    } else {
      const mul = tree.percentMul[source] as number;
      const div = tree.percentDen[source] as number;
      const pass = atLeast(areaScore(plan, source), mul, den, div, minNum, minDen);
      result.push({ rule, area: row.area, label, actual: areaPercent(plan, source), required, pass });
    }
  }
  if (requiresWbk) {
    result.push({ rule: "requiresWbk", label: REQUIRES_WBK_LABEL, actual: holdsWbk, required: true, pass: holdsWbk });
  }
  return result;
}

/** Pemenuhan + Reform of area a (AREA_CODES order), over den. */
export function areaScore(plan: NumberPlan, a: number): number {
  const { scores, tree } = plan;
  return (scores[tree.areaPemenuhan[a] as number] as number) + (scores[tree.areaReform[a] as number] as number);
}

// The percents multiply a score by up to 100 × the weight's denominator, which may pass 2^53 when
// den is near plan.maxDen; those few products are taken in bigint. (A float product past 2^53 is
// inexact but still reads as past it, so the test for it is reliable.)
const MAX = Number.MAX_SAFE_INTEGER;

/** The area's percent of its weight, score × percentMul / (den × percentDen), correctly rounded. */
export function areaPercent(plan: NumberPlan, a: number): number {
  const score = areaScore(plan, a);
  const mul = plan.tree.percentMul[a] as number;
  const div = plan.tree.percentDen[a] as number;
  const { den } = plan.reading;
  if (score * mul <= MAX && den * div <= MAX) return (score * mul) / (den * div);
  return nearestNumber(BigInt(score) * BigInt(mul), BigInt(den) * BigInt(div));
}

/** num × mul / (den × div) ≥ minNum / minDen, exactly, for non-negative safe integers. */
function atLeast(num: number, mul: number, den: number, div: number, minNum: number, minDen: number): boolean {
  const left = num * mul * minDen;
  const right = minNum * den * div;
  if (left <= MAX && right <= MAX) return left >= right;
  return BigInt(num) * BigInt(mul) * BigInt(minDen) >= BigInt(minNum) * BigInt(den) * BigInt(div);
}
