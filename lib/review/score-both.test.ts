import { describe, expect, it } from "vitest";
import { getLkeVersion } from "@/lib/lke/versions";
import { scoreAssessment } from "@/lib/scoring/score-assessment";
import { pickPeriod } from "./assignments/schemas";
import { scopeQuestionCodes } from "./accept-unit-answers";
import { reviewRefusal } from "./review-state";
import { countUnreviewed, scoreBothSides } from "./score-both";

const lke = getLkeVersion("pm90-2021")!;

describe("scoreBothSides", () => {
  it("scores the unit's and the TPI's values separately, each exactly as scoreAssessment does", () => {
    const answers = [
      { questionCode: "A.I.1.i.a", unitValue: "YA", tpiValue: "TIDAK" },
      { questionCode: "A.I.1.i.b", unitValue: "A", tpiValue: null },
      { questionCode: "B.I.a.a", unitValue: 4, tpiValue: 3 },
      { questionCode: "GONE.1", unitValue: "YA", tpiValue: "YA" },
    ];
    const { unit, tpi } = scoreBothSides({ lke, answers });
    expect(unit).toEqual(scoreAssessment({ lke, answers: { "A.I.1.i.a": "YA", "A.I.1.i.b": "A", "B.I.a.a": 4 } }));
    expect(tpi).toEqual(scoreAssessment({ lke, answers: { "A.I.1.i.a": "TIDAK", "B.I.a.a": 3 } }));
    expect(unit.total).toBeGreaterThan(tpi.total);
    expect(countUnreviewed(tpi)).toBe(tpi.completeness.total - 2);
  });

  it("gives zero for both sides without answers", () => {
    const { unit, tpi } = scoreBothSides({ lke, answers: [] });
    expect([unit.total, tpi.total]).toEqual([0, 0]);
    expect(countUnreviewed(tpi)).toBe(113);
  });
});

describe("review helpers", () => {
  it("lets the TPI write only while SUBMITTED or IN_REVIEW", () => {
    expect(reviewRefusal("SUBMITTED")).toBeNull();
    expect(reviewRefusal("IN_REVIEW")).toBeNull();
    expect(reviewRefusal("DRAFT")).toContain("belum diajukan");
    expect(reviewRefusal("RETURNED")).toContain("dikembalikan");
    expect(reviewRefusal("FINAL")).toContain("final");
  });

  it("finds the questions of an indicator or an area page", () => {
    expect(scopeQuestionCodes(lke, { scope: "indicator", key: "A.I.1.ii" })).toEqual(["A.I.1.ii.a", "A.I.1.ii.b", "A.I.1.ii.c"]);
    expect(scopeQuestionCodes(lke, { scope: "section", key: "mp" })?.every((c) => c.startsWith("A.I.1.") || c.startsWith("A.II.1."))).toBe(true);
    expect(scopeQuestionCodes(lke, { scope: "indicator", key: "A.I" })).toBeNull();
  });

  it("picks the requested period, else the latest open one, else the latest", () => {
    const periods = [
      { id: "p2026", status: "CLOSED" as const },
      { id: "p2025", status: "OPEN" as const },
      { id: "p2024", status: "OPEN" as const },
    ];
    expect(pickPeriod(periods, "p2024")?.id).toBe("p2024");
    expect(pickPeriod(periods, undefined)?.id).toBe("p2025");
    expect(pickPeriod(periods, "unknown")?.id).toBe("p2025");
    expect(pickPeriod([{ id: "old", status: "CLOSED" as const }], undefined)?.id).toBe("old");
    expect(pickPeriod([], undefined)).toBeUndefined();
  });
});
