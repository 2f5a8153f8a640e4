import { type Fraction, ZERO, atLeast, fractionOf, reduce } from "./exact";

// The value (0–1) of a non-choice question, as an exact fraction. Choice values come straight
// from the version's `scales` (A–D is 1 / 0.67 / 0.33 / 0 as the worksheet has it, not thirds —
// reference/README.md) and are handled in compile-lke.ts.

export type RatioRule = {
  kind: "ratio";
  numerator: readonly string[];
  denominator: readonly string[];
  cap: Fraction;
  zeroDenominatorValue: Fraction;
};

export type ReductionRule = {
  kind: "reduction";
  previous: string;
  current: string;
  bothZeroValue: Fraction;
  previousZeroCurrentPositiveValue: Fraction;
};

export type SurveyRule = { kind: "survey"; scaleMax: Fraction };

export type Counts = Readonly<Record<string, number>>;

/**
 * PERCENT, formula "ratio" (Lampiran III, e.g. "Persentase penyampaian LHKPN"):
 * value = min(Σ numerator inputs / Σ denominator inputs, cap). When the denominator is 0 the LKE
 * is silent (the worksheet shows #DIV/0!); the version file records the portal's rule in
 * `zeroDenominatorValue`: nothing to report or follow up (complaints, LHKPN, LHKASN) counts 1, no
 * agents, changes, targets or registered services counts 0 (reference/README.md).
 * Inputs marked `unused` are never named by a formula, so they never enter the value.
 */
export function ratioValue(rule: RatioRule, counts: Counts): Fraction {
  const numerator = sum(rule.numerator, counts);
  const denominator = sum(rule.denominator, counts);
  if (denominator === 0) return rule.zeroDenominatorValue;
  const ratio =
    Number.isSafeInteger(numerator) && Number.isSafeInteger(denominator)
      ? fractionOf(numerator, denominator)
      : reduce(bigSum(rule.numerator, counts), bigSum(rule.denominator, counts));
  return atLeast(ratio, rule.cap) ? rule.cap : ratio;
}

/**
 * PERCENT, formula "reduction" (A.II.3.iii.a, "Penurunan pelanggaran disiplin pegawai"):
 * value = max(0, (previous − current) / previous). Both 0 → `bothZeroValue` (1, as the worksheet
 * does); previous 0 and current above 0 is #DIV/0! in the worksheet and recorded in the version as
 * `previousZeroCurrentPositiveValue` (0): violations appeared where there were none.
 */
export function reductionValue(rule: ReductionRule, counts: Counts): Fraction {
  const previous = count(rule.previous, counts);
  const current = count(rule.current, counts);
  if (previous === 0) return current === 0 ? rule.bothZeroValue : rule.previousZeroCurrentPositiveValue;
  if (current >= previous) return ZERO;
  return fractionOf(previous - current, previous);
}

/** SURVEY_INDEX (B.I.a.a, B.II.a.a): value = index / scaleMax, the index being 0–4. */
export function surveyValue(rule: SurveyRule, index: Fraction): Fraction {
  return reduce(index.num * rule.scaleMax.den, index.den * rule.scaleMax.num);
}

function count(key: string, counts: Counts): number {
  const value = counts[key];
  if (value === undefined) throw new Error(`isian "${key}" tidak ada; jawaban harus diperiksa dengan parseAnswers`);
  return value;
}

function sum(keys: readonly string[], counts: Counts): number {
  let total = 0;
  for (const key of keys) total += count(key, counts);
  return total;
}

// Counts are safe integers (parseAnswers), but a sum of several may pass 2^53.
function bigSum(keys: readonly string[], counts: Counts): bigint {
  let total = 0n;
  for (const key of keys) total += BigInt(count(key, counts));
  return total;
}
