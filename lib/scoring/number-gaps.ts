import type { GapPlan } from "./number-gap-plan";
import type { NumberPlan } from "./number-plan";
import type { Gap } from "./score-types";

// The ranked gaps on the number path (see gaps.ts for what a gap is): number-score.ts leaves each
// question's gain, best points − points over den, in plan.gains; here the positive ones are
// ranked, highest first, ties in LKE order, and turned into the result's Gap entries.
//
// Choice questions go by a counting sort over the version's ranked choice gains
// (number-gap-plan.ts); the few others (ratios, reductions, surveys: any fraction) by insertion;
// the two sorted lists are then merged. Every gain is a safe integer over the same den, so each
// comparison is exact.

export function rankNumberGaps(plan: NumberPlan): Gap[] {
  const { gains, codes, freeRules } = plan;
  const { den, value, answered, choice } = plan.reading;
  const { stride, bucketOf, bucketCount, starts, bucket, choiceOrder, freeOrder, order } = plan.gapPlan;

  starts.fill(0);
  let freeCount = 0;
  for (let q = 0; q < codes.length; q++) {
    if (freeRules[q]) {
      bucket[q] = -1;
      if ((gains[q] as number) > 0) freeCount = insert(freeOrder, freeCount, q, gains);
      continue;
    }
    const b = bucketOf[q * stride + (choice[q] as number)] as number;
    bucket[q] = b;
    if (b >= 0) starts[b + 1] = (starts[b + 1] as number) + 1;
  }
  for (let b = 0; b < bucketCount; b++) starts[b + 1] = (starts[b + 1] as number) + (starts[b] as number);
  const choiceCount = starts[bucketCount] as number;
  // Visiting questions in LKE order keeps equal gains (one bucket) in LKE order.
  for (let q = 0; q < codes.length; q++) {
    const b = bucket[q] as number;
    if (b < 0) continue;
    const at = starts[b] as number;
    choiceOrder[at] = q;
    starts[b] = at + 1;
  }

  const count = merge(plan.gapPlan, choiceCount, freeCount, gains);
  const result = new Array<Gap>(count);
  for (let i = 0; i < count; i++) {
    const q = order[i] as number;
    result[i] = { question: codes[q] as string, gain: (gains[q] as number) / den, value: value[q] as number, answered: answered[q] === 1 };
  }
  return result;
}

/** Whether question a ranks before question b: a higher gain, or an equal gain earlier in the LKE. */
function before(a: number, b: number, gains: Float64Array): boolean {
  const ga = gains[a] as number;
  const gb = gains[b] as number;
  return ga > gb || (ga === gb && a < b);
}

/** Inserts q into the sorted list[0, count); returns the new count. */
function insert(list: Int32Array, count: number, q: number, gains: Float64Array): number {
  let at = count;
  while (at > 0 && before(q, list[at - 1] as number, gains)) {
    list[at] = list[at - 1] as number;
    at--;
  }
  list[at] = q;
  return count + 1;
}

/** Merges the sorted choiceOrder and freeOrder lists into order; returns its length. */
function merge(lists: GapPlan, choiceCount: number, freeCount: number, gains: Float64Array): number {
  const { choiceOrder, freeOrder, order } = lists;
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < choiceCount && j < freeCount) {
    const a = choiceOrder[i] as number;
    const b = freeOrder[j] as number;
    if (before(b, a, gains)) {
      order[k++] = b;
      j++;
    } else {
      order[k++] = a;
      i++;
    }
  }
  while (i < choiceCount) order[k++] = choiceOrder[i++] as number;
  while (j < freeCount) order[k++] = freeOrder[j++] as number;
  return k;
}
