// Exact arithmetic for scoring — the representation, and why.
//
// Why not plain floats: the worksheet's numbers are decimals (0.67, 0.25 × 1.5 / 4, 18.25, …) with
// no exact binary form, so a float sum that is 75 on paper may come out as 74.99999999999999 and
// flip "Menuju WBK", and the same answers could give different last decimals depending on the
// order of the additions. Why not decimals on one fixed denominator: a PERCENT value is a ratio
// of counts (7/13), so no fixed denominator holds every value.
//
// The choice: exact rationals on a common denominator. Every input is read as the decimal it was
// written as (lib/lke/decimal.ts). Per assessment, all scores share one denominator D: the least
// common multiple of what the version's weights, question counts and scale values need (fixed
// once per version, compile-lke.ts) and of the denominators of the ratio/survey values actually
// answered. Each score is an integer numerator over D, so sums are integer additions and
// thresholds are compared by cross-multiplying integers — no tolerance anywhere. Numerators are
// JS numbers while they stay safe integers and bigint otherwise. The usual assessment takes the
// number path (number-plan.ts: D small enough that no numerator can pass 2^53, fixed per
// version); the rest the general path (arith.ts: numbers checked at every step, else bigint).
// A result becomes a JS number only for output, correctly rounded.

export { gcd } from "@/lib/lke/decimal";
import { decimalFraction, gcd, type Fraction } from "@/lib/lke/decimal";
import { nearestNumber } from "./arith";
export type { Fraction };

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);
export const ZERO: Fraction = { num: 0n, den: 1n };
export const ONE: Fraction = { num: 1n, den: 1n };

export function lcm(a: bigint, b: bigint): bigint {
  return (a / gcd(a, b)) * b;
}

/** lcm(a, b) computed on JS numbers while the result stays a safe integer. */
export function lcmMixed(a: bigint, b: bigint): bigint {
  if (a <= MAX_SAFE && b <= MAX_SAFE) {
    const x = Number(a);
    const y = Number(b);
    const result = (x / gcdNumber(x, y)) * y;
    if (result <= Number.MAX_SAFE_INTEGER) return BigInt(result);
  }
  return lcm(a, b);
}

/** gcd of two non-negative safe integers (1 when both are 0, like gcd). */
export function gcdNumber(a: number, b: number): number {
  let x = a;
  let y = b;
  while (y !== 0) {
    const r = x % y;
    x = y;
    y = r;
  }
  return x === 0 ? 1 : x;
}

/** num/den for non-negative safe integers (den > 0), reduced with number arithmetic. */
export function fractionOf(num: number, den: number): Fraction {
  if (Number.isSafeInteger(num) && Number.isSafeInteger(den)) {
    const divisor = gcdNumber(num, den);
    return { num: BigInt(num / divisor), den: BigInt(den / divisor) };
  }
  return reduce(BigInt(num), BigInt(den));
}

export function reduce(num: bigint, den: bigint): Fraction {
  const divisor = gcd(num, den);
  return { num: num / divisor, den: den / divisor };
}

/** The exact decimal a JSON number stands for (see lib/lke/decimal.ts); throws on NaN/Infinity. */
export function fromDecimal(x: number): Fraction {
  const fraction = decimalFraction(x);
  if (!fraction) throw new RangeError(`bukan bilangan berhingga: ${String(x)}`);
  return fraction;
}

/** a ≥ b, exactly. */
export function atLeast(a: Fraction, b: Fraction): boolean {
  return a.num * b.den >= b.num * a.den;
}

export function max(a: Fraction, b: Fraction): Fraction {
  return atLeast(a, b) ? a : b;
}

/** The JS number nearest to num/den, correctly rounded (see arith.ts). */
export function toNumber(num: bigint, den: bigint): number {
  return nearestNumber(num, den);
}
