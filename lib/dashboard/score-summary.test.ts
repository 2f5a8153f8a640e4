import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { bestAnswer, lke, questions } from "@/lib/review/transitions/test-support";
import { scoreBothMaps } from "@/lib/review/score-both";
import { BothSummariesSchema, SCORE_SUMMARY_FORMAT, SUMMARY_HOLDS_WBK, summarizeBoth } from "./score-summary";

const best = Object.fromEntries(questions.map((q) => [q.code, bestAnswer(q)]));
// Every other question answered (a partial LKE), the TPI valuing the first half only.
const partial = Object.fromEntries(questions.filter((_, i) => i % 2 === 0).map((q) => [q.code, bestAnswer(q)]));
const firstHalf = Object.fromEntries(questions.slice(0, questions.length / 2).map((q) => [q.code, bestAnswer(q)]));

const cases = [
  summarizeBoth(lke, scoreBothMaps({ lke, unit: {}, tpi: {}, holdsWbk: SUMMARY_HOLDS_WBK }), 3),
  summarizeBoth(lke, scoreBothMaps({ lke, unit: best, tpi: best, holdsWbk: SUMMARY_HOLDS_WBK }), 3),
  summarizeBoth(lke, scoreBothMaps({ lke, unit: partial, tpi: firstHalf, holdsWbk: SUMMARY_HOLDS_WBK }), 3),
];

describe("summarizeBoth", () => {
  it("keeps lib/scoring's totals, area percentages, completeness and the largest gaps of each side", () => {
    const [none, all, some] = cases;
    expect(none!.unit).toMatchObject({ total: 0, predicate: null, answered: 0, questions: questions.length });
    expect(none!.unit.gaps).toHaveLength(3);
    // Scored as if WBK were held: the WBBM predicate speaks of WBBM's own score rules only.
    expect(all!.unit).toMatchObject({ total: 100, predicate: "WBBM", answered: questions.length, gaps: [], lhkpnLhkasn: "MET" });
    expect(none!.unit.lhkpnLhkasn).toBe("MISSING");
    expect(Object.values(all!.unit.areas)).toEqual([100, 100, 100, 100, 100, 100]);
    expect(all!.unit.failing.WBK).toEqual([]);
    expect(some!.unit.answered).toBe(Math.ceil(questions.length / 2));
    expect(some!.tpi.total).not.toBe(some!.unit.total);
    expect(some!.unit.gaps[0]!.gain).toBeGreaterThanOrEqual(some!.unit.gaps[1]!.gain);
  });

  it("stores what its own schema reads back (a stored summary that does not parse is scored again)", () => {
    for (const summary of cases) expect(BothSummariesSchema.parse(JSON.parse(JSON.stringify(summary)))).toEqual(summary);
    expect(BothSummariesSchema.safeParse({ unit: { total: 1 } }).success).toBe(false);
  });

  it("is pinned: a change in lib/scoring or the shipped LKE must bump SCORE_SUMMARY_FORMAT", () => {
    // Stored summaries of the old format would otherwise be shown as current. When this fails
    // on purpose: bump SCORE_SUMMARY_FORMAT and record the new format and digest here.
    const digest = createHash("sha256").update(JSON.stringify(cases)).digest("hex").slice(0, 16);
    expect({ format: SCORE_SUMMARY_FORMAT, digest }).toEqual({ format: 2, digest: "6d843abaea27ef5a" });
  });
});
