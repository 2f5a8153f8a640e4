import { describe, expect, it } from "vitest";
import { demoPeriodYear } from "./demo-eligibility";

describe("demoPeriodYear", () => {
  it("is this year's round until 31 May, the next year's after it", () => {
    expect(demoPeriodYear("2026-01-01")).toBe(2026);
    expect(demoPeriodYear("2026-05-31")).toBe(2026);
    expect(demoPeriodYear("2026-06-01")).toBe(2027);
    expect(demoPeriodYear("2026-12-02")).toBe(2027);
  });
});
