import { describe, expect, it } from "vitest";
import { availableFilters, nextUnanswered, rowMatches, type RowState } from "./lke-table-filters";

const row = (over: Partial<RowState> = {}): RowState => ({ value: 1, evidence: 1, needsRecheck: false, returned: false, tpiValue: null, ...over });

describe("rowMatches", () => {
  it("keeps every row for 'semua'", () => {
    expect(rowMatches("all", row({ value: null }))).toBe(true);
  });
  it("finds unanswered rows, not rows valued 0", () => {
    expect(rowMatches("unanswered", row({ value: null }))).toBe(true);
    expect(rowMatches("unanswered", row({ value: 0 }))).toBe(false);
  });
  it("finds rows without bukti dukung, needing a recheck, or returned", () => {
    expect(rowMatches("noEvidence", row({ evidence: 0 }))).toBe(true);
    expect(rowMatches("noEvidence", row({ evidence: 2 }))).toBe(false);
    expect(rowMatches("recheck", row({ needsRecheck: true }))).toBe(true);
    expect(rowMatches("recheck", row())).toBe(false);
    expect(rowMatches("returned", row({ returned: true }))).toBe(true);
    expect(rowMatches("returned", row())).toBe(false);
  });
  it("finds rows whose value differs from the TPI's, an unanswered row counting 0", () => {
    expect(rowMatches("differsFromTpi", row({ value: 1, tpiValue: 0.5 }))).toBe(true);
    expect(rowMatches("differsFromTpi", row({ value: null, tpiValue: 0.5 }))).toBe(true);
    expect(rowMatches("differsFromTpi", row({ value: 0.5, tpiValue: 0.5 }))).toBe(false);
    expect(rowMatches("differsFromTpi", row({ value: 1, tpiValue: null }))).toBe(false);
  });
});

describe("availableFilters", () => {
  it("offers the TPI filters only once the TPI has returned or valued", () => {
    expect(availableFilters({ returnedAny: false, tpiVisible: false })).toEqual(["all", "unanswered", "noEvidence", "recheck"]);
    expect(availableFilters({ returnedAny: true, tpiVisible: true })).toContain("differsFromTpi");
    expect(availableFilters({ returnedAny: true, tpiVisible: false })).toContain("returned");
  });
});

describe("nextUnanswered", () => {
  const codes = ["1.a", "1.b", "1.c", "2.a"];
  const answered = new Set(["1.a", "1.c"]);
  it("goes to the next unanswered row after the current one", () => {
    expect(nextUnanswered(codes, (c) => answered.has(c), "1.b")).toBe("2.a");
    expect(nextUnanswered(codes, (c) => answered.has(c), null)).toBe("1.b");
  });
  it("wraps around to the top", () => {
    expect(nextUnanswered(codes, (c) => answered.has(c), "2.a")).toBe("1.b");
  });
  it("answers null when everything is answered", () => {
    expect(nextUnanswered(codes, () => true, "1.a")).toBeNull();
  });
});
