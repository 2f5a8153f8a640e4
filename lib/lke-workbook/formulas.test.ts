import ExcelJS from "exceljs";
import { HyperFormula } from "hyperformula";
import { describe, expect, it } from "vitest";
import type { LkeVersion, Question } from "@/lib/lke/schema";
import { scoreBothMaps } from "@/lib/review/score-both";
import type { AnswerValue } from "@/lib/scoring/answers";
import { answerAll, bestAnswer, listQuestions, loadPm90, worstAnswer } from "@/lib/scoring/test-support";
import { buildLkeWorkbook } from "./build-workbook";
import { COLUMNS, planLkeSheet } from "./layout";
import { LKE_SHEET } from "./write-lke-sheet";
import { SUMMARY_SHEET } from "./write-summary-sheets";

// The workbook's formulas, evaluated by a spreadsheet engine (HyperFormula) from the answers in
// the file alone, give lib/scoring's numbers for several answer sets: every question value,
// indicator, area half, part, component, the total and every Tabel 6 figure on "Ringkasan".

const lke = loadPm90();
const plan = planLkeSheet(lke);

/** A deterministic mix: each question gets an option, an index or counts from a small LCG. */
function mixedAnswers(seed: number, skipEvery = 0): Record<string, AnswerValue> {
  let state = seed;
  const next = (n: number) => { state = (state * 1103515245 + 12345) % 2147483648; return state % n; };
  const answers: Record<string, AnswerValue> = {};
  listQuestions(lke).forEach((q: Question, i) => {
    if (skipEvery > 0 && i % skipEvery === 0) return;
    if (q.type === "SURVEY_INDEX") answers[q.code] = next(401) / 100;
    else if (q.type === "PERCENT") answers[q.code] = Object.fromEntries((q.inputs ?? []).filter((x) => !x.unused).map((x) => [x.key, next(4) === 0 ? 0 : next(60)]));
    else {
      const scale = lke.scales[q.type as keyof LkeVersion["scales"]]!;
      answers[q.code] = scale[next(scale.length)]!.code;
    }
  });
  return answers;
}

async function evaluate(unit: Record<string, AnswerValue>, tpi: Record<string, AnswerValue>) {
  const scores = scoreBothMaps({ lke, unit, tpi });
  const body = await buildLkeWorkbook({ lke, headerLines: ["LKE"], answers: new Map(Object.keys({ ...unit, ...tpi }).map((code) => [code, { unitValue: unit[code] ?? null, unitNote: null, tpiValue: tpi[code] ?? null, tpiNote: null }])), scores, evidence: [], title: "t", creator: "c" });
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(new Uint8Array(body).buffer);
  const sheets: Record<string, (string | number | null)[][]> = {};
  workbook.eachSheet((sheet) => {
    const grid: (string | number | null)[][] = [];
    sheet.eachRow({ includeEmpty: true }, (row, r) => {
      const cells: (string | number | null)[] = [];
      row.eachCell({ includeEmpty: true }, (cell, c) => {
        // Only the inputs are read as values: every formula is recomputed, never its cached result.
        cells[c - 1] = cell.formula ? `=${cell.formula}` : typeof cell.value === "number" || typeof cell.value === "string" ? cell.value : null;
      });
      grid[r - 1] = Array.from(cells, (v) => v ?? null);
    });
    sheets[sheet.name] = Array.from(grid, (row) => row ?? []);
  });
  const hf = HyperFormula.buildFromSheets(sheets, { licenseKey: "gpl-v3" });
  const lkeId = hf.getSheetId(LKE_SHEET)!;
  const at = (column: string, row: number) => hf.getCellValue({ sheet: lkeId, col: column.charCodeAt(0) - 65, row: row - 1 });
  return { scores, at, hf, summary: hf.getSheetId(SUMMARY_SHEET)! };
}

const cases: [string, Record<string, AnswerValue>, Record<string, AnswerValue>][] = [
  ["best vs worst", answerAll(lke, bestAnswer), answerAll(lke, worstAnswer)],
  ["two mixed sets", mixedAnswers(7), mixedAnswers(2026)],
  ["mixed with unanswered questions vs nothing", mixedAnswers(42, 3), {}],
];

describe("the LKE workbook's formulas", () => {
  it.each(cases)("give lib/scoring's numbers for %s", async (_name, unit, tpi) => {
    const { scores, at, hf, summary } = await evaluate(unit, tpi);
    for (const [side, value, score] of [["unit", COLUMNS.unitValue, scores.unit], ["tpi", COLUMNS.tpiValue, scores.tpi]] as const) {
      expect(at(value, plan.totalRow), `${side} total`).toBeCloseTo(score.total, 9);
      for (const node of [...score.components, ...score.parts]) expect(at(value, plan.rowOf.get(node.code)!), `${side} ${node.code}`).toBeCloseTo(node.score, 9);
      for (const indicator of score.indicators) expect(at(value, plan.rowOf.get(indicator.code)!), `${side} ${indicator.code}`).toBeCloseTo(indicator.score, 9);
      for (const q of score.questions) expect(at(value, plan.rowOf.get(q.code)!), `${side} ${q.code}`).toBeCloseTo(q.answered ? q.value : 0, 9);
      for (const [area, rows] of Object.entries(plan.areaRows)) {
        expect(at(value, rows.pemenuhan), `${side} ${area} pemenuhan`).toBeCloseTo(score.areas[area as keyof typeof score.areas].pemenuhan, 9);
        expect(at(value, rows.reform), `${side} ${area} reform`).toBeCloseTo(score.areas[area as keyof typeof score.areas].reform, 9);
      }
    }
    // Ringkasan: per target, the actual values of both sides in Tabel 6 order (the requiresWbk row is a value).
    const grid = hf.getSheetValues(summary);
    const figures = grid.filter((row) => typeof row[1] === "number").map((row) => [row[0], row[1], row[2]]);
    const expected = (["WBK", "WBBM"] as const).flatMap((t) => scores.unit.checks[t].filter((c) => c.rule !== "requiresWbk").map((c, i) => [c.label, c.actual, scores.tpi.checks[t].filter((x) => x.rule !== "requiresWbk")[i]!.actual]));
    expect(figures.map((f) => f[0])).toEqual(expected.map((e) => e[0]));
    figures.forEach((f, i) => {
      expect(f[1] as number).toBeCloseTo(expected[i]![1] as number, 9);
      expect(f[2] as number).toBeCloseTo(expected[i]![2] as number, 9);
    });
  });

  it("recomputes when an answer is edited offline, as Excel would", async () => {
    const best = answerAll(lke, bestAnswer);
    const { at, hf } = await evaluate(best, best);
    const row = plan.rowOf.get("A.I.1.i.a")!;
    expect(at(COLUMNS.unitValue, plan.totalRow)).toBeCloseTo(100, 9);
    hf.setCellContents({ sheet: hf.getSheetId(LKE_SHEET)!, col: 4, row: row - 1 }, "TIDAK");
    // A.I.1.i weighs 0,5 over two questions: one "Tidak" loses 0,25 (lib/exports/test-fixture.ts).
    expect(at(COLUMNS.unitValue, plan.totalRow)).toBeCloseTo(99.75, 9);
    expect(at(COLUMNS.tpiValue, plan.totalRow)).toBeCloseTo(100, 9);
  });
});
