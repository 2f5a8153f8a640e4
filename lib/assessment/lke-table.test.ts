import { describe, expect, it } from "vitest";
import { getLkeVersion } from "@/lib/lke/versions";
import { scoreAssessment } from "@/lib/scoring/score-assessment";
import { buildLkeTable } from "./lke-table";

const lke = getLkeVersion("pm90-2021")!;
const stored = (unitValue: unknown, extra = {}) => ({ unitValue, unitNote: null, version: 2, needsRecheck: false, ...extra });

describe("buildLkeTable", () => {
  const answers = new Map([
    ["A.I.1.i.a", stored("YA", { needsRecheck: true })],
    ["A.I.1.i.b", stored("B", { unitNote: "SK terlampir" })],
  ]);
  const score = scoreAssessment({ lke, answers: { "A.I.1.i.a": "YA", "A.I.1.i.b": "B" } });
  const tpiScore = scoreAssessment({ lke, answers: { "A.I.1.i.a": "TIDAK" } });

  it("has all 113 questions in LKE order, by area and indicator, with the unit's values from lib/scoring", () => {
    const table = buildLkeTable({ lke, answers, score, evidenceCounts: { "A.I.1.i.b": 3 }, commentCounts: { "A.I.1.i.a": 1 }, editable: true });
    const rows = table.flatMap((a) => a.indicators.flatMap((i) => i.rows));
    expect(rows).toHaveLength(113);
    expect(table.map((a) => a.name)[0]).toBe("Manajemen Perubahan");
    expect(rows[0]).toMatchObject({ code: "A.I.1.i.a", value: 1, needsRecheck: true, comments: 1, evidence: 0, editable: true, tpiValue: null, version: 2 });
    expect(rows[1]).toMatchObject({ code: "A.I.1.i.b", value: 0.5, evidence: 3, initialValues: { choice: "B", note: "SK terlampir" } });
    expect(rows[2]!.value).toBeNull();
    expect(table[0]!.indicators[0]!.score).toBeCloseTo(0.375, 10); // weight 0,5 × mean(1; 0,5)
  });

  it("in a returned LKE opens only the returned questions and shows the TPI's values", () => {
    const table = buildLkeTable({ lke, answers, score, evidenceCounts: {}, commentCounts: {}, editable: false, returned: new Map([["A.I.1.i.a", "Lampirkan SK"]]), tpiScore });
    const rows = table.flatMap((a) => a.indicators.flatMap((i) => i.rows));
    expect(rows[0]).toMatchObject({ returned: true, returnedNote: "Lampirkan SK", editable: true, tpiValue: 0 });
    expect(rows[1]).toMatchObject({ returned: false, returnedNote: null, editable: false, tpiValue: null });
    expect(rows.filter((r) => r.editable)).toHaveLength(1);
  });
});
