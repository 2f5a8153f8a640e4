import type ExcelJS from "exceljs";
import type { LkeVersion, Question } from "@/lib/lke/schema";
import type { BothScores } from "@/lib/review/score-both";
import { resultsOf } from "./cached-results";
import { percentFormulaOf, valueFormula } from "./formulas";
import { COLUMNS, FIRST_ROW, inputCode, type PlannedRow, type SheetPlan, type Side, SIDE_COLUMNS } from "./layout";

// The "LKE" sheet: the header block (which names the LKE version, for the import), the column
// heads of Lampiran III with the unit's and the TPI's columns beside them, and one row per planned
// node with its answer, formula and cached result.

export const LKE_SHEET = "LKE";
export const VERSION_LABEL = "Versi LKE:";
export const VERSION_ROW = 6;

export type SheetAnswer = { unitValue: unknown; unitNote: string | null; tpiValue: unknown; tpiNote: string | null };
export type EvidenceLine = { questionCode: string; text: string; link: string | null };
export type LkeSheetInput = {
  lke: LkeVersion;
  headerLines: string[];
  answers: ReadonlyMap<string, SheetAnswer>;
  scores: BothScores;
  evidence: readonly EvidenceLine[];
};

const HEADS: [keyof typeof COLUMNS, string, number][] = [
  ["code", "No / Kode", 16], ["text", "Komponen / Uraian", 60], ["weight", "Bobot", 8], ["options", "Pilihan jawaban", 40],
  ["unitAnswer", "Jawaban", 12], ["unitValue", "Nilai", 9], ["unitPercent", "Persentase", 11], ["guidance", "Penjelasan", 40],
  ["unitNote", "Catatan unit", 30], ["evidence", "Bukti dukung", 40], ["tpiAnswer", "Jawaban TPI", 12], ["tpiValue", "Nilai TPI", 9],
  ["tpiPercent", "Persentase TPI", 11], ["tpiNote", "Catatan TPI", 30],
];

function optionsText(lke: LkeVersion, q: Question): string {
  if (q.type === "SURVEY_INDEX") return `Indeks 0–${q.scaleMax ?? 4}`;
  if (q.type === "PERCENT") return q.formula?.note ?? "Isi angka pada baris di bawahnya";
  if (q.options?.length) return q.options.map((o) => `${o.code}. ${o.text}`).join("\n");
  return (lke.scales[q.type as keyof LkeVersion["scales"]] ?? []).map((o) => `${o.code}${"label" in o && o.label ? ` = ${o.label}` : ""}`).join("; ");
}

/** The cell value of a stored answer: a choice code, an index, or (percentage) nothing on the question row. */
function answerCell(q: Question, value: unknown): string | number | null {
  if (value === null || value === undefined || q.type === "PERCENT") return null;
  return typeof value === "number" || typeof value === "string" ? value : null;
}

function inputCell(value: unknown, key: string): number | null {
  const counts = value as Record<string, unknown> | null | undefined;
  const n = counts?.[key];
  return typeof n === "number" ? n : null;
}

export function writeLkeSheet(sheet: ExcelJS.Worksheet, plan: SheetPlan, input: LkeSheetInput): void {
  const { lke, answers, scores } = input;
  input.headerLines.forEach((line, i) => { sheet.getCell(i + 1, 1).value = line; sheet.getCell(i + 1, 1).font = { bold: i < 3 }; });
  sheet.getCell(`A${VERSION_ROW}`).value = VERSION_LABEL;
  sheet.getCell(`B${VERSION_ROW}`).value = lke.id;
  const head = sheet.getRow(FIRST_ROW - 1);
  HEADS.forEach(([key, label, width]) => {
    const column = sheet.getColumn(COLUMNS[key]);
    column.width = width;
    const cell = head.getCell(COLUMNS[key]);
    cell.value = label;
    cell.font = { bold: true, color: { argb: "FFFFFFFF" } };
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FF1E3A5F" } };
  });
  const results: Record<Side, ReturnType<typeof resultsOf>> = { unit: resultsOf(scores.unit), tpi: resultsOf(scores.tpi) };
  const evidenceOf = new Map<string, EvidenceLine[]>();
  for (const e of input.evidence) evidenceOf.set(e.questionCode, [...(evidenceOf.get(e.questionCode) ?? []), e]);

  for (const planned of plan.rows) {
    const row = sheet.getRow(planned.row);
    const set = (column: string, value: ExcelJS.CellValue) => { if (value !== null && value !== undefined && value !== "") row.getCell(column).value = value; };
    writeLabels(set, planned, lke, answers, evidenceOf);
    for (const side of ["unit", "tpi"] as const) {
      const columns = SIDE_COLUMNS[side];
      const formula = valueFormula(lke, planned, side);
      const result = results[side](planned);
      if (formula !== null) set(columns.value, { formula, result: result ?? 0 });
      const percent = percentFormulaOf(planned, side);
      if (percent !== null) set(columns.percent, { formula: percent, result: planned.kind !== "question" && planned.kind !== "input" && "weight" in planned && planned.weight > 0 ? ((result ?? 0) / planned.weight) * 100 : 0 });
      if (planned.kind === "question") set(columns.answer, answerCell(planned.question, side === "unit" ? answers.get(planned.question.code)?.unitValue : answers.get(planned.question.code)?.tpiValue));
      if (planned.kind === "input") {
        const a = answers.get(planned.questionCode);
        set(columns.answer, inputCell(side === "unit" ? a?.unitValue : a?.tpiValue, planned.key));
      }
      row.getCell(columns.value).numFmt = "0.00";
      row.getCell(columns.percent).numFmt = "0.00";
    }
    if (planned.kind !== "question" && planned.kind !== "input") row.font = { bold: true };
  }
}

function writeLabels(
  set: (column: string, value: ExcelJS.CellValue) => void,
  planned: PlannedRow,
  lke: LkeVersion,
  answers: ReadonlyMap<string, SheetAnswer>,
  evidenceOf: Map<string, EvidenceLine[]>,
): void {
  switch (planned.kind) {
    case "question": {
      const q = planned.question;
      const a = answers.get(q.code);
      set(COLUMNS.code, q.code);
      set(COLUMNS.text, q.text);
      set(COLUMNS.options, optionsText(lke, q));
      set(COLUMNS.guidance, q.guidance);
      set(COLUMNS.unitNote, a?.unitNote ?? null);
      set(COLUMNS.tpiNote, a?.tpiNote ?? null);
      const files = evidenceOf.get(q.code) ?? [];
      if (files.length === 1 && files[0]!.link) set(COLUMNS.evidence, { text: files[0]!.text, hyperlink: files[0]!.link });
      else set(COLUMNS.evidence, files.map((f) => (f.link ? `${f.text} (${f.link})` : f.text)).join("\n"));
      return;
    }
    case "input":
      set(COLUMNS.code, inputCode(planned.questionCode, planned.key));
      set(COLUMNS.text, planned.label);
      return;
    case "total":
      set(COLUMNS.text, "NILAI TOTAL");
      set(COLUMNS.weight, planned.weight);
      return;
    default:
      set(COLUMNS.code, planned.code);
      set(COLUMNS.text, planned.text);
      set(COLUMNS.weight, planned.weight);
  }
}
