// Integer arithmetic on numerators over a common denominator, in two interchangeable forms:
// JS numbers (fast; every operation checks that it stays a safe integer, so it is exact or it
// throws Overflow) and bigint (unbounded). Scoring runs on numbers when the assessment's common
// denominator is small — the usual case — and on bigint otherwise (see score-assessment.ts).

export type Arith<T> = {
  zero: T;
  fromInt(n: number): T;
  fromBig(n: bigint): T;
  add(a: T, b: T): T;
  sub(a: T, b: T): T;
  mul(a: T, b: T): T;
  /** Exact division: the caller guarantees b divides a. */
  div(a: T, b: T): T;
  /** Sign of a − b. */
  compare(a: T, b: T): number;
  /** aNum/aDen ≥ bNum/bDen for positive denominators. */
  atLeast(aNum: T, aDen: T, bNum: T, bDen: T): boolean;
  /** The JS number nearest to num/den. */
  toNumber(num: T, den: T): number;
  toBig(a: T): bigint;
  /** Positions of `values` ordered by value, highest first; equal values keep their order. */
  rankDescending(values: T[]): number[];
};

export class Overflow extends Error {}

const MAX = Number.MAX_SAFE_INTEGER;
const safe = (n: number): number => {
  if (n > MAX || n < -MAX) throw new Overflow("bilangan melewati batas bilangan bulat aman");
  return n;
};

/** Reused sort buffer: a fresh typed array per call costs more than the sort itself. */
let scratch = new Float64Array(128);

export const numberArith: Arith<number> = {
  zero: 0,
  fromInt: safe,
  fromBig: (n) => safe(Number(n)),
  add: (a, b) => safe(a + b),
  sub: (a, b) => safe(a - b),
  mul: (a, b) => safe(a * b),
  div: (a, b) => a / b,
  compare: (a, b) => a - b,
  atLeast: (aNum, aDen, bNum, bDen) => {
    const left = aNum * bDen;
    const right = bNum * aDen;
    if (left <= MAX && right <= MAX) return left >= right;
    return BigInt(aNum) * BigInt(bDen) >= BigInt(bNum) * BigInt(aDen);
  },
  // Both are exact integers, so one IEEE division gives the correctly rounded result.
  toNumber: (num, den) => num / den,
  toBig: (a) => BigInt(a),
  rankDescending: (values) => {
    // Pack (−value, position) into one exact integer key so that a native numeric sort of a
    // Float64Array does the work without calling back into JS for every comparison.
    const count = values.length;
    let slots = 1;
    while (slots < count) slots *= 2;
    let largest = 0;
    for (let i = 0; i < count; i++) largest = Math.max(largest, values[i] ?? 0);
    if (largest * slots > MAX) return rankWithComparator(values, (a, b) => a - b);
    if (scratch.length < count) scratch = new Float64Array(Math.max(count, 2 * scratch.length));
    const keys = scratch.subarray(0, count);
    for (let i = 0; i < count; i++) keys[i] = -(values[i] ?? 0) * slots + i;
    keys.sort();
    const positions = new Array<number>(count);
    for (let i = 0; i < count; i++) positions[i] = ((keys[i] ?? 0) % slots + slots) % slots;
    return positions;
  },
};

function rankWithComparator<T>(values: T[], compare: (a: T, b: T) => number): number[] {
  const positions = values.map((_, i) => i);
  return positions.sort((a, b) => compare(values[b] as T, values[a] as T) || a - b);
}

export const bigArith: Arith<bigint> = {
  zero: 0n,
  fromInt: (n) => BigInt(n),
  fromBig: (n) => n,
  add: (a, b) => a + b,
  sub: (a, b) => a - b,
  mul: (a, b) => a * b,
  div: (a, b) => a / b,
  compare: (a, b) => (a === b ? 0 : a > b ? 1 : -1),
  atLeast: (aNum, aDen, bNum, bDen) => aNum * bDen >= bNum * aDen,
  toNumber: (num, den) => nearestNumber(num, den),
  toBig: (a) => a,
  rankDescending: (values) => rankWithComparator(values, (a, b) => (a === b ? 0 : a > b ? 1 : -1)),
};

const MAX_BIG = BigInt(Number.MAX_SAFE_INTEGER);

/**
 * The JS number nearest to num/den (den > 0), correctly rounded, so that a larger fraction never
 * gives a smaller number. Takes a quotient of at least 55 bits, folds any remainder into its
 * lowest bit ("sticky bit") and lets Number() do the one rounding to 53 bits.
 */
export function nearestNumber(num: bigint, den: bigint): number {
  const negative = num < 0n;
  const n = negative ? -num : num;
  if (n <= MAX_BIG && den <= MAX_BIG) return Number(num) / Number(den);
  const shift = Math.max(0, bitLength(den) - bitLength(n) + 55);
  const scaled = n << BigInt(shift);
  let quotient = scaled / den;
  if (quotient * den !== scaled) quotient |= 1n;
  const value = Number(quotient) / 2 ** shift;
  return negative ? -value : value;
}

function bitLength(x: bigint): number {
  return x === 0n ? 0 : x.toString(2).length;
}
