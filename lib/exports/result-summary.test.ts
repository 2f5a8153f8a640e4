import { describe, expect, it } from "vitest";
import { scoreBothMaps } from "@/lib/review/score-both";
import { bestAnswer, lke, questions } from "@/lib/review/transitions/test-support";
import { unknownFacts } from "@/lib/eligibility/defaults";
import { summarizeResult } from "./result-summary";

const best = Object.fromEntries(questions.map((q) => [q.code, bestAnswer(q)]));
const someTpi = Object.fromEntries(questions.slice(0, 10).map((q) => [q.code, bestAnswer(q)]));
const scores = scoreBothMaps({ lke, unit: best, tpi: someTpi });
const facts = unknownFacts("2026-05-31");

describe("summarizeResult", () => {
  it("reports on the TPI's values once the unit has submitted and the TPI valued something", () => {
    const summary = summarizeResult({ assessment: { state: "IN_REVIEW" }, lke, scores, final: null, facts });
    expect(summary).toMatchObject({ basis: "tpi", predicate: null, target: "WBK" });
    expect(summary.score.total).toBe(scores.tpi.total);
  });

  it("reports a DRAFT on the unit's own claim even when it carries TPI values (as the dashboard does)", () => {
    const summary = summarizeResult({ assessment: { state: "DRAFT" }, lke, scores, final: null, facts });
    expect(summary).toMatchObject({ basis: "unit", predicate: "WBK", target: "WBBM" });
    expect(summary.score.total).toBe(100);
  });

  // PermenPAN-RB 5/2024 page 4: Tabel 5 from data; nothing entered is "belum diisi", never met.
  it("decides the proposal rule on the same side: Tabel 6 met, Tabel 5 not entered, so not eligible", () => {
    const summary = summarizeResult({ assessment: { state: "DRAFT" }, lke, scores, final: null, facts });
    expect(summary.eligibility.WBK).toMatchObject({ eligible: false, route: null, tabel6: [] });
    expect(summary.eligibility.WBK.conditions.filter((c) => c.state === "MISSING").length).toBeGreaterThan(5);
    expect(summary.eligibility.WBBM.tabel6).toEqual(["requiresWbk"]);
  });
});
