// Ranking gaps without comparing them (number-gaps.ts). A choice question's gain over fixedDen is
// its best points minus the points of the chosen option (none: 0), so across a version the choice
// gains take only a few dozen values, known in advance. Ranked once here, highest first, they
// turn ordering the choice gaps into a counting sort: each (question, option) names its bucket.

export type GapPlan = {
  /** Options per question + 1: slot 0 is "unanswered", slot o + 1 option o. */
  stride: number;
  /** The bucket of question q with slot s at q × stride + s, 0 for the highest gain; −1: no gain. */
  bucketOf: Int32Array;
  bucketCount: number;
  /** Buffers reused by every call (scoring is synchronous). */
  starts: Int32Array;
  bucket: Int32Array;
  choiceOrder: Int32Array;
  freeOrder: Int32Array;
  order: Int32Array;
};

export function compileGapPlan(args: {
  /** Per question: the scaled values of its options; null for a non-choice question. */
  optionValues: readonly (readonly number[] | null)[];
  unit: Float64Array;
  bestPoints: Float64Array;
}): GapPlan {
  const { optionValues, unit, bestPoints } = args;
  const count = optionValues.length;
  const stride = 1 + Math.max(0, ...optionValues.map((values) => values?.length ?? 0));
  const gainOf = (q: number, scaled: number) => (bestPoints[q] ?? 0) - scaled * (unit[q] ?? 0);
  const gains = new Set<number>();
  optionValues.forEach((values, q) => {
    for (const scaled of values ? [0, ...values] : []) if (gainOf(q, scaled) > 0) gains.add(gainOf(q, scaled));
  });
  const ranked = [...gains].sort((a, b) => b - a);
  const rank = new Map(ranked.map((gain, i) => [gain, i]));
  const bucketOf = new Int32Array(count * stride).fill(-1);
  optionValues.forEach((values, q) => {
    (values ? [0, ...values] : []).forEach((scaled, slot) => {
      bucketOf[q * stride + slot] = rank.get(gainOf(q, scaled)) ?? -1;
    });
  });
  return {
    stride, bucketOf, bucketCount: ranked.length,
    starts: new Int32Array(ranked.length + 1), bucket: new Int32Array(count),
    choiceOrder: new Int32Array(count), freeOrder: new Int32Array(count), order: new Int32Array(count),
  };
}
