import { type Arith, bigArith } from "./arith";
import type { CompiledLke, CompiledQuestion } from "./compile-lke";
import type { Evaluation, Points } from "./evaluate-answers";
import type { Gap } from "./score-types";

// The gap to a better score: for each question, the points the best answer would add to the total,
// (weight / n) × (best value − current value), exactly. Questions already at their best are left
// out; ties keep the order of the LKE so that the list is stable.

type GapArgs<T> = { arith: Arith<T>; compiled: CompiledLke; evaluation: Evaluation; points: Points<T>; den: T };

export function rankGaps<T>({ arith, compiled, evaluation, points, den }: GapArgs<T>): Gap[] {
  const questions: CompiledQuestion[] = [];
  const gains: T[] = [];
  for (const question of compiled.questions) {
    const best = arith.mul(arith.fromInt(question.bestPoints), points.lift);
    const gain = arith.sub(best, points.questions[question.order] ?? arith.zero);
    if (arith.compare(gain, arith.zero) <= 0) continue;
    questions.push(question);
    gains.push(gain);
  }
  // Questions are visited in LKE order, so ties ranked by position keep the LKE order.
  return arith.rankDescending(gains).map((i): Gap => {
    const question = questions[i];
    const gain = gains[i];
    if (!question || gain === undefined) throw new Error("peringkat celah tidak konsisten");
    return {
      question: question.code,
      gain: arith.toNumber(gain, den),
      value: valueOf(compiled, evaluation, question),
      answered: evaluation.answered[question.order] ?? false,
    };
  });
}

/** A question's value as a JS number (0–1). */
export function valueOf(compiled: CompiledLke, evaluation: Evaluation, question: CompiledQuestion): number {
  const scaled = evaluation.scaled[question.order] ?? -1;
  if (scaled >= 0) return scaled / compiled.scaleDen;
  const value = evaluation.exact[question.order];
  return value ? bigArith.toNumber(value.num, value.den) : 0;
}
