import { describe, expect, it } from "vitest";
import { scoreBothMaps } from "@/lib/review/score-both";
import { bestAnswer, lke, questions } from "@/lib/review/transitions/test-support";
import { summarizeResult } from "./result-summary";

const best = Object.fromEntries(questions.map((q) => [q.code, bestAnswer(q)]));
const someTpi = Object.fromEntries(questions.slice(0, 10).map((q) => [q.code, bestAnswer(q)]));
const scores = scoreBothMaps({ lke, unit: best, tpi: someTpi });

describe("summarizeResult", () => {
  it("reports on the TPI's values once the unit has submitted and the TPI valued something", () => {
    const summary = summarizeResult({ assessment: { state: "IN_REVIEW" }, scores, final: null });
    expect(summary).toMatchObject({ basis: "tpi", predicate: null, target: "WBK" });
    expect(summary.score.total).toBe(scores.tpi.total);
  });

  it("reports a DRAFT on the unit's own claim even when it carries TPI values (as the dashboard does)", () => {
    const summary = summarizeResult({ assessment: { state: "DRAFT" }, scores, final: null });
    expect(summary).toMatchObject({ basis: "unit", predicate: "WBK", target: "WBBM" });
    expect(summary.score.total).toBe(100);
  });
});
