import type { CompiledLke, QuestionRule } from "./compile-lke";
import type { Fraction } from "./exact";
import { type GapPlan, compileGapPlan } from "./number-gap-plan";
import { type NumberTree, compileNumberTree } from "./number-tree";

// The number path of scoring (see exact.ts): an LKE version compiled once more, into flat typed
// arrays of safe integers, so that scoring an assessment whose common denominator is small — the
// usual case — runs on JS numbers without the Arith layer, bigint or per-question objects.
// Every constant of the version must be a small exact fraction; a version where one is not gets
// no plan and is always scored by the general path (score-assessment.ts).

export type NumberPair = { num: number; den: number };
/** A non-choice question's rule with its constants as number pairs. */
export type FreeRule =
  | { kind: "ratio"; numerator: readonly string[]; denominator: readonly string[]; cap: NumberPair; zeroDenominator: NumberPair }
  | { kind: "reduction"; previous: string; current: string; bothZero: NumberPair; previousZero: NumberPair }
  | { kind: "survey"; scaleMax: NumberPair };

export type NumberPlan = {
  compiled: CompiledLke;
  /** Question codes in LKE order (internalized, so looking them up compares pointers). */
  codes: readonly string[];
  indicatorOf: Int32Array;
  /** 0–5: area in AREA_CODES order; 6: Hasil (completeness counts). */
  slotOf: Uint8Array;
  questionsBySlot: Int32Array;
  /** Choice questions: the scale's option codes and their values × scaleDen. */
  optionCodes: readonly (readonly string[])[];
  optionValues: readonly (readonly number[])[];
  /** Points over fixedDen of one scaled choice unit (the indicator's fixedUnit). */
  unit: Float64Array;
  /** Points over fixedDen of the best answer. */
  bestPoints: Float64Array;
  /** The indicator's weight / number of its questions. */
  factorNum: Float64Array;
  factorDen: Float64Array;
  /** Non-choice questions: their rule; null for choice questions. */
  freeRules: readonly (FreeRule | null)[];
  fixedDen: number;
  scaleDen: number;
  /** The largest common denominator for which every numerator and denominator stays safe. */
  maxDen: number;
  tree: NumberTree;
  /** Buffers reused by every call: scoring is synchronous, so two calls never share them. */
  reading: Reading;
  /** Scores over den at the offsets of `tree`; the gain of every question over den. */
  scores: Float64Array;
  gains: Float64Array;
  gapPlan: GapPlan;
};

/** What number-read.ts reads from one answers object. */
export type Reading = {
  answered: Uint8Array;
  /** Choice questions: the chosen option's index + 1; 0 when unanswered (see number-gap-plan.ts). */
  choice: Uint8Array;
  /** The question's value as a JS number (what the result shows). */
  value: Float64Array;
  /** Choice questions: points over fixedDen. */
  fixedPoints: Float64Array;
  /** Answered non-choice questions: the exact value num / den, reduced (0 / 0 when unanswered). */
  freeNum: Float64Array;
  freeDen: Float64Array;
  answeredBySlot: Int32Array;
  answeredCount: number;
  /** The common denominator of this assessment (see exact.ts). */
  den: number;
};

const plans = new WeakMap<CompiledLke, NumberPlan | null>();

/** The number plan of a compiled version, or null when its constants do not fit (cached). */
export function numberPlan(compiled: CompiledLke): NumberPlan | null {
  let plan = plans.get(compiled);
  if (plan === undefined) {
    plan = build(compiled);
    plans.set(compiled, plan);
  }
  return plan;
}

function build(compiled: CompiledLke): NumberPlan | null {
  const { questions, indicators } = compiled;
  const fixedDen = Number(compiled.fixedDen);
  const tree = compileNumberTree(compiled);
  if (!tree || !Number.isSafeInteger(fixedDen) || fixedDen > tree.maxDen) return null;
  const freeRules = questions.map((q) => (q.rule.kind === "choice" ? null : freeRule(q.rule)));
  const factors = questions.map((q) => pair(indicators[q.indicator]?.factor));
  if (questions.some((q, i) => (q.rule.kind !== "choice" && !freeRules[i]) || !factors[i])) return null;
  const count = questions.length;
  const floats = (pick: (i: number) => number) => Float64Array.from({ length: count }, (_, i) => pick(i));
  const unit = floats((i) => indicators[questions[i]?.indicator ?? 0]?.fixedUnit ?? 0);
  const bestPoints = floats((i) => questions[i]?.bestPoints ?? 0);
  const choice = (q: (typeof questions)[number]) => (q.rule.kind === "choice" ? q.rule.values : new Map<string, number>());
  return {
    compiled, codes: questions.map((q) => q.code),
    indicatorOf: Int32Array.from(questions, (q) => q.indicator),
    slotOf: Uint8Array.from(questions, (q) => q.slot),
    questionsBySlot: Int32Array.from({ length: 7 }, (_, slot) => questions.filter((q) => q.slot === slot).length),
    optionCodes: questions.map((q) => [...choice(q).keys()]),
    optionValues: questions.map((q) => [...choice(q).values()]),
    unit, bestPoints,
    factorNum: floats((i) => factors[i]?.num ?? 0),
    factorDen: floats((i) => factors[i]?.den ?? 1),
    freeRules, fixedDen, scaleDen: compiled.scaleDen, maxDen: tree.maxDen, tree,
    reading: {
      answered: new Uint8Array(count), choice: new Uint8Array(count), value: new Float64Array(count), fixedPoints: new Float64Array(count),
      freeNum: new Float64Array(count), freeDen: new Float64Array(count),
      answeredBySlot: new Int32Array(7), answeredCount: 0, den: 1,
    },
    scores: new Float64Array(tree.total + 1),
    gains: new Float64Array(count),
    gapPlan: compileGapPlan({ optionValues: questions.map((q) => (q.rule.kind === "choice" ? [...q.rule.values.values()] : null)), unit, bestPoints }),
  };
}

function freeRule(rule: Exclude<QuestionRule, { kind: "choice" }>): FreeRule | null {
  if (rule.kind === "ratio") {
    const cap = pair(rule.cap);
    const zeroDenominator = pair(rule.zeroDenominatorValue);
    return cap && zeroDenominator ? { kind: "ratio", numerator: rule.numerator, denominator: rule.denominator, cap, zeroDenominator } : null;
  }
  if (rule.kind === "reduction") {
    const bothZero = pair(rule.bothZeroValue);
    const previousZero = pair(rule.previousZeroCurrentPositiveValue);
    return bothZero && previousZero ? { kind: "reduction", previous: rule.previous, current: rule.current, bothZero, previousZero } : null;
  }
  const scaleMax = pair(rule.scaleMax);
  return scaleMax && scaleMax.num > 0 ? { kind: "survey", scaleMax } : null;
}

// The version's constants are at most a few thousand; below 2^26 any product of two stays safe.
const SMALL = 2n ** 26n;

function pair(fraction: Fraction | undefined): NumberPair | null {
  if (!fraction || fraction.num < 0n || fraction.num > SMALL || fraction.den > SMALL) return null;
  return { num: Number(fraction.num), den: Number(fraction.den) };
}
