import { describe, expect, it } from "vitest";
import { getLkeVersion } from "@/lib/lke/versions";
import { buildReviewTable, reviewRowMatches, type ReviewRowState } from "./review-table";
import { scoreBothSides } from "./score-both";

const lke = getLkeVersion("pm90-2021")!;
const state = (over: Partial<ReviewRowState> = {}): ReviewRowState => ({ reviewed: true, unitValue: 1, tpiValue: 1, flag: false, evidence: 1, ...over });

describe("buildReviewTable", () => {
  const answers = new Map([
    ["A.I.1.i.a", { unitValue: "YA", tpiValue: null, tpiNote: null, tpiFlag: false, version: 1 }],
    ["A.I.1.i.b", { unitValue: "A", tpiValue: "B", tpiNote: "SK belum ditandatangani", tpiFlag: true, version: 3 }],
  ]);
  const table = buildReviewTable({ lke, answers, scores: scoreBothSides({ lke, answers: [...answers].map(([questionCode, a]) => ({ questionCode, ...a })) }), evidenceCounts: { "A.I.1.i.b": 2 }, commentCounts: {} });
  const rows = table.flatMap((a) => a.indicators.flatMap((i) => i.rows));

  it("has every question of the LKE once, in LKE order, in its seven areas", () => {
    expect(rows).toHaveLength(113);
    expect(table.map((a) => a.key)).toEqual(["mp", "tl", "sdm", "ak", "pw", "pp", "hasil"]);
    expect(rows[0]!.code).toBe("A.I.1.i.a");
  });
  it("starts the TPI's form from the unit's answer until the TPI has valued it", () => {
    const a = rows.find((r) => r.code === "A.I.1.i.a")!;
    expect(a).toMatchObject({ reviewed: false, unitValue: 1, tpiValue: null, initialValues: { choice: "YA" } });
    const b = rows.find((r) => r.code === "A.I.1.i.b")!;
    expect(b).toMatchObject({ reviewed: true, unitValue: 1, tpiValue: 0.5, flag: true, version: 3, evidence: 2, initialValues: { choice: "B", note: "SK belum ditandatangani" } });
  });
  it("gives the indicator its TPI subtotal (weight 0,5 × mean of 0 and 0,5)", () => {
    expect(table[0]!.indicators[0]!.score).toBeCloseTo(0.125, 10);
  });
});

describe("reviewRowMatches", () => {
  it("finds rows the TPI has not valued, valued differently, or flagged", () => {
    expect(reviewRowMatches("unreviewed", state({ reviewed: false }))).toBe(true);
    expect(reviewRowMatches("unreviewed", state())).toBe(false);
    expect(reviewRowMatches("differs", state({ tpiValue: 0.5 }))).toBe(true);
    expect(reviewRowMatches("differs", state({ reviewed: false, tpiValue: null }))).toBe(false);
    expect(reviewRowMatches("differs", state())).toBe(false);
    expect(reviewRowMatches("flagged", state({ flag: true }))).toBe(true);
    expect(reviewRowMatches("noEvidence", state({ evidence: 0 }))).toBe(true);
    expect(reviewRowMatches("all", state())).toBe(true);
  });
});
