// Exact reading of the decimal numbers that LKE files and answers carry (weights such as 22.5,
// scale values such as 0.67, thresholds such as 18.25, survey indices such as 3.6).
//
// A JSON number is parsed into the double nearest to its decimal text; `String(x)` gives back the
// shortest decimal that parses to the same double, which for every number written with a few
// decimals is the text that was written. So "0.67" is read as 67/100 exactly, never as
// 0.67000000000000003996802888650563545525074005126953125.

export type Fraction = { num: bigint; den: bigint };

const DECIMAL = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]?\d+))?$/;

/** The decimal value of a finite number as a reduced fraction; null for NaN or ±Infinity. */
export function decimalFraction(x: number): Fraction | null {
  if (!Number.isFinite(x)) return null;
  const quick = shortDecimal(x);
  if (quick) return quick;
  const match = DECIMAL.exec(String(x));
  if (!match) return null;
  const [, sign = "", whole = "0", fraction = "", exponent = "0"] = match;
  let num = BigInt(whole + fraction);
  let den = 1n;
  const shift = Number(exponent) - fraction.length;
  if (shift >= 0) num *= 10n ** BigInt(shift);
  else den = 10n ** BigInt(-shift);
  const divisor = gcd(num, den);
  num /= divisor;
  den /= divisor;
  return { num: sign === "-" ? -num : num, den };
}

/**
 * Fast path for |x| < 10^9 with at most 6 decimals: the first k for which round(x·10^k) / 10^k
 * gives back x names the decimal that String(x) would show (below 10^9 two decimals of 6 places
 * are always more than one double apart, so the k-place decimal that rounds to x is unique).
 */
function shortDecimal(x: number): Fraction | null {
  if (Math.abs(x) >= 1e9) return null;
  let scale = 1;
  for (let places = 0; places <= 6; places++, scale *= 10) {
    const scaled = Math.round(x * scale);
    if (scaled / scale !== x) continue;
    let a = Math.abs(scaled);
    let b = scale;
    while (b !== 0) {
      const rest = a % b;
      a = b;
      b = rest;
    }
    const divisor = a === 0 ? scale : a;
    return { num: BigInt(scaled / divisor), den: BigInt(scale / divisor) };
  }
  return null;
}

/**
 * x × scale as an integer when that product is exact (0.25 × 1000 = 250), else null
 * (0.0005 × 1000 is not an integer). Used for tolerance-free comparisons of weights.
 */
export function scaledInteger(x: number, scale: number): number | null {
  const fraction = decimalFraction(x);
  if (!fraction) return null;
  const scaled = fraction.num * BigInt(scale);
  if (scaled % fraction.den !== 0n) return null;
  const result = scaled / fraction.den;
  const asNumber = Number(result);
  return Number.isSafeInteger(asNumber) ? asNumber : null;
}

export function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) {
    const r = x % y;
    x = y;
    y = r;
  }
  return x === 0n ? 1n : x;
}
