import { describe, expect, it } from "vitest";
import { choosePeriod } from "./periods";

const p = (year: number, status: "OPEN" | "CLOSED") => ({ year, status });
const now = new Date("2026-12-02T08:00:00Z");

describe("choosePeriod", () => {
  it("opens on the current period, not on next year's opened early", () => {
    expect(choosePeriod([p(2027, "OPEN"), p(2026, "OPEN"), p(2025, "CLOSED")], null, now)).toEqual(p(2026, "OPEN"));
  });
  it("takes the earliest open period when all open ones lie ahead, else the latest period", () => {
    expect(choosePeriod([p(2028, "OPEN"), p(2027, "OPEN"), p(2025, "CLOSED")], null, now)).toEqual(p(2027, "OPEN"));
    expect(choosePeriod([p(2025, "CLOSED"), p(2024, "CLOSED")], null, now)).toEqual(p(2025, "CLOSED"));
    expect(choosePeriod([], null, now)).toBeNull();
  });
  it("keeps the year the reader chose", () => {
    expect(choosePeriod([p(2027, "OPEN"), p(2026, "OPEN"), p(2025, "CLOSED")], 2025, now)).toEqual(p(2025, "CLOSED"));
  });
});
