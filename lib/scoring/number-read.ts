import type { Answers, AnswerValue } from "./answers";
import { gcdNumber } from "./exact";
import type { FreeRule, NumberPlan, Reading } from "./number-plan";

// Step one of the number path: each question's value and the assessment's common denominator,
// read straight into the plan's reusable buffers. Anything unusual — an answer of the wrong
// kind, an unknown question, a count that is not a safe integer, a value outside 0–1, a decimal
// with more than 6 places, a denominator past plan.maxDen — makes the reader give up (false),
// and the general path scores the assessment, so errors and rare cases behave exactly as there.

/** Fills `reading` from the answers; false when the general path has to score them. */
export function readAnswers(plan: NumberPlan, answers: Answers, reading: Reading): boolean {
  const { codes, freeRules, optionCodes, optionValues, factorDen, maxDen } = plan;
  const { answered, choice, value, fixedPoints, freeNum, freeDen, answeredBySlot } = reading;
  // Every key must be a question: a plain object with as many own keys as answers found below.
  // (An unknown key, an undefined value or an unusual prototype goes to the general path.)
  // Listing the keys first also brings the object into the cache in one sequential sweep.
  const prototype: unknown = Object.getPrototypeOf(answers);
  if (prototype !== Object.prototype && prototype !== null) return false;
  const keyCount = Object.keys(answers).length;
  answered.fill(0);
  choice.fill(0);
  value.fill(0);
  fixedPoints.fill(0);
  freeNum.fill(0);
  freeDen.fill(0);
  answeredBySlot.fill(0);
  let found = 0;
  let den = plan.fixedDen;
  // One lookup per question code rather than walking the keys: a 113-key object is in dictionary
  // mode, and enumerating one (for…in) costs more than hashing 113 internalized codes.
  for (let q = 0; q < codes.length; q++) {
    const answer = answers[codes[q] as string];
    if (answer === undefined) continue;
    found++;
    answered[q] = 1;
    const slot = plan.slotOf[q] as number;
    answeredBySlot[slot] = (answeredBySlot[slot] as number) + 1;
    const rule = freeRules[q];
    if (!rule) {
      const option = typeof answer === "string" ? (optionCodes[q] as readonly string[]).indexOf(answer) : -1;
      if (option < 0) return false;
      const scaled = (optionValues[q] as readonly number[])[option] as number;
      value[q] = scaled / plan.scaleDen;
      fixedPoints[q] = scaled * (plan.unit[q] as number);
      choice[q] = option + 1;
      continue;
    }
    if (!readFree(rule, answer, q, reading)) return false;
    const need = (factorDen[q] as number) * (freeDen[q] as number);
    if (need > maxDen) return false;
    if (den % need !== 0) {
      den = (den / gcdNumber(den, need)) * need;
      if (den > maxDen) return false;
    }
    value[q] = (freeNum[q] as number) / (freeDen[q] as number);
  }
  if (keyCount !== found) return false;
  reading.answeredCount = found;
  reading.den = den;
  return true;
}

/** The value of a non-choice answer into freeNum/freeDen (reduced); false when unusual. */
function readFree(rule: FreeRule, answer: AnswerValue, q: number, reading: Reading): boolean {
  let num: number;
  let den: number;
  if (rule.kind === "ratio" || rule.kind === "reduction") {
    if (typeof answer !== "object" || answer === null) return false;
    if (rule.kind === "ratio") {
      const over = sum(rule.denominator, answer);
      const part = sum(rule.numerator, answer);
      if (over < 0 || part < 0) return false;
      if (over === 0) return set(reading, q, rule.zeroDenominator.num, rule.zeroDenominator.den);
      const { cap } = rule;
      const left = part * cap.den;
      const right = cap.num * over;
      if (left > Number.MAX_SAFE_INTEGER || right > Number.MAX_SAFE_INTEGER) return false;
      if (left >= right) return set(reading, q, cap.num, cap.den);
      num = part;
      den = over;
    } else {
      const previous = countOf(answer, rule.previous);
      const current = countOf(answer, rule.current);
      if (previous < 0 || current < 0) return false;
      if (previous === 0) {
        const fixed = current === 0 ? rule.bothZero : rule.previousZero;
        return set(reading, q, fixed.num, fixed.den);
      }
      if (current >= previous) return set(reading, q, 0, 1);
      num = previous - current;
      den = previous;
    }
  } else {
    // SURVEY_INDEX: index / scaleMax, the index read as the decimal it was written as (exact.ts).
    if (typeof answer !== "number") return false;
    const index = shortDecimal(answer);
    if (!index) return false;
    num = index.num * rule.scaleMax.den;
    den = index.den * rule.scaleMax.num;
    if (num < 0 || num > den || den > Number.MAX_SAFE_INTEGER) return false;
  }
  const divisor = gcdNumber(num, den);
  return set(reading, q, num / divisor, den / divisor);
}

function set(reading: Reading, q: number, num: number, den: number): boolean {
  reading.freeNum[q] = num;
  reading.freeDen[q] = den;
  return num <= den; // values above 1 would break the bound behind plan.maxDen
}

/** A count: a safe non-negative integer, else -1 (the general path decides). */
function countOf(counts: Readonly<Record<string, number>>, key: string): number {
  const count = counts[key];
  return typeof count === "number" && Number.isSafeInteger(count) && count >= 0 ? count : -1;
}

function sum(keys: readonly string[], counts: Readonly<Record<string, number>>): number {
  let total = 0;
  for (const key of keys) {
    const count = countOf(counts, key);
    if (count < 0) return -1;
    total += count;
  }
  return total <= Number.MAX_SAFE_INTEGER ? total : -1;
}

/** x as num / 10^k for k ≤ 6 and |x| < 10^9, as lib/lke/decimal.ts reads it; null otherwise. */
function shortDecimal(x: number): { num: number; den: number } | null {
  if (!(Math.abs(x) < 1e9)) return null;
  let scale = 1;
  for (let places = 0; places <= 6; places++, scale *= 10) {
    const scaled = Math.round(x * scale);
    // (+ 0 turns −0 into 0, as the bigint reading does.)
    if (scaled / scale === x) return { num: scaled + 0, den: scale };
  }
  return null;
}
