import { describe, expect, it } from "vitest";
import { Overflow, bigArith, numberArith } from "./arith";
import { decimalFraction, scaledInteger } from "@/lib/lke/decimal";

describe("numberArith", () => {
  it("refuses to leave the safe integers instead of rounding", () => {
    expect(() => numberArith.mul(2 ** 30, 2 ** 30)).toThrow(Overflow);
    expect(() => numberArith.add(Number.MAX_SAFE_INTEGER, 1)).toThrow(Overflow);
    expect(numberArith.mul(2 ** 26, 2 ** 26)).toBe(2 ** 52);
  });
  it("compares fractions exactly even when the cross products are large", () => {
    // (2^52 + 1) / 2^52 ≥ 1 / 1, products beyond 2^53 fall back to bigint
    expect(numberArith.atLeast(2 ** 52 + 1, 2 ** 52, 3, 3)).toBe(true);
    expect(numberArith.atLeast(2 ** 52 - 1, 2 ** 52, 2 ** 40, 2 ** 40)).toBe(false);
  });
  it("ranks by value, highest first, ties by position", () => {
    expect(numberArith.rankDescending([3, 7, 3, 9, 7])).toEqual([3, 1, 4, 0, 2]);
    expect(bigArith.rankDescending([3n, 7n, 3n, 9n, 7n])).toEqual([3, 1, 4, 0, 2]);
  });
});

describe("bigArith.toNumber", () => {
  it("keeps whole results whole and rounds fractions to the nearest number", () => {
    // 75 × 3^40 / 3^40 = 75; 1 / 3 ≈ 0.3333333333333333
    const big = 3n ** 40n;
    expect(bigArith.toNumber(75n * big, big)).toBe(75);
    expect(bigArith.toNumber(big, 3n * big)).toBe(1 / 3);
    expect(bigArith.toNumber(299n * big, 4n * big)).toBe(74.75);
  });
});

describe("decimal reading of JSON numbers", () => {
  it("reads the decimal that was written, not the binary approximation", () => {
    expect(decimalFraction(0.67)).toEqual({ num: 67n, den: 100n });
    expect(decimalFraction(18.25)).toEqual({ num: 73n, den: 4n });
    expect(decimalFraction(3.5999999)).toEqual({ num: 35_999_999n, den: 10_000_000n });
    expect(decimalFraction(1e-9)).toEqual({ num: 1n, den: 1_000_000_000n });
    expect(decimalFraction(-2.5)).toEqual({ num: -5n, den: 2n });
    expect(decimalFraction(1e21)).toEqual({ num: 10n ** 21n, den: 1n });
    expect(decimalFraction(Number.NaN)).toBeNull();
  });
  it("scales weights to integers only when exact", () => {
    expect(scaledInteger(0.25, 1000)).toBe(250);
    expect(scaledInteger(22.5, 1000)).toBe(22_500);
    expect(scaledInteger(0.0005, 1000)).toBeNull();
  });
});
