import { describe, expect, it } from "vitest";
import { listQuestions, loadPm90 } from "@/lib/scoring/test-support";
import { AREA_CODES } from "@/lib/lke/schema";
import { FIRST_ROW, inputCode, planLkeSheet } from "./layout";

// The row plan of the LKE sheet (Lampiran III order), which the writer, the summary and the import share.

const lke = loadPm90();
const plan = planLkeSheet(lke);

describe("planLkeSheet", () => {
  it("gives every question, indicator and node one row, in LKE order, from the first row down without gaps", () => {
    const rows = plan.rows.map((r) => r.row);
    expect(rows[0]).toBe(FIRST_ROW);
    expect(rows).toEqual(rows.map((_, i) => FIRST_ROW + i));
    const questions = listQuestions(lke);
    expect(questions).toHaveLength(113);
    const questionRows = questions.map((q) => plan.rowOf.get(q.code)!);
    expect(questionRows).toEqual([...questionRows].sort((a, b) => a - b));
    expect(plan.rowOf.get("A.I.1.i")).toBeLessThan(plan.rowOf.get("A.I.1.i.a")!);
    expect(plan.totalRow).toBe(rows.at(-1));
  });

  it("puts each number of a percentage question on its own row under the question, and maps every area's two halves", () => {
    const percent = listQuestions(lke).filter((q) => q.type === "PERCENT");
    expect(percent.length).toBeGreaterThan(0);
    for (const q of percent) {
      const planned = plan.rows.find((r) => r.kind === "question" && r.question.code === q.code);
      if (planned?.kind !== "question") throw new Error(q.code);
      expect(planned.inputs.map((i) => i.key)).toEqual((q.inputs ?? []).filter((i) => !i.unused).map((i) => i.key));
      expect(planned.inputs.map((i) => i.row)).toEqual(planned.inputs.map((_, i) => planned.row + 1 + i));
    }
    expect(inputCode("A.II.5.iii.a", "x")).toBe("A.II.5.iii.a [x]");
    for (const area of AREA_CODES) {
      expect(plan.areaRows[area].pemenuhan).toBeGreaterThan(0);
      expect(plan.areaRows[area].reform).toBeGreaterThan(plan.areaRows[area].pemenuhan);
    }
  });
});
