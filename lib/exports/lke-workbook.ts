import ExcelJS from "exceljs";
import type { LkeRow, LkeRowKind, SideCells } from "./lke-rows";

// The LKE worksheet (Lampiran III of PermenPAN-RB 90/2021) as an .xlsx: a header block, then one
// row per component, part, area, indicator and question with both sides' answers and scores.
// Built from plain data so that it is tested without HTTP or a database.

export type LkeWorkbookData = {
  instansiName: string;
  unitName: string;
  periodName: string;
  year: number;
  stateLabel: string;
  generatedAt: string;
  rows: LkeRow[];
};

const NUMBER = "0.00";
const HEADER_ROW = 8;
export const LKE_SHEET_NAME = "LKE";

const COLUMNS: { header: string; width: number; numeric?: boolean; wrap?: boolean }[] = [
  { header: "No/Kode", width: 16 },
  { header: "Uraian", width: 70, wrap: true },
  { header: "Bobot", width: 9, numeric: true },
  { header: "Jawaban", width: 34, wrap: true },
  { header: "Nilai", width: 9, numeric: true },
  { header: "Skor", width: 10, numeric: true },
  { header: "Jawaban", width: 34, wrap: true },
  { header: "Nilai", width: 9, numeric: true },
  { header: "Skor", width: 10, numeric: true },
  { header: "Catatan TPI", width: 40, wrap: true },
];

const FILLS: Partial<Record<LkeRowKind, string>> = { component: "FFBFD7EA", part: "FFD9E7F3", area: "FFEEF4FA", subtotal: "FFF3F4F6", total: "FFFDE68A" };
const BOLD: ReadonlySet<LkeRowKind> = new Set(["component", "part", "area", "indicator", "subtotal", "total"]);

const side = (cells: SideCells): (string | number | null)[] => [cells.answer || null, cells.value, cells.score];

function writeHeader(sheet: ExcelJS.Worksheet, data: LkeWorkbookData): void {
  const lines = [
    "LEMBAR KERJA EVALUASI (LKE) ZONA INTEGRITAS MENUJU WBK/WBBM",
    data.instansiName,
    `Unit kerja: ${data.unitName}`,
    `Periode: ${data.periodName} (tahun ${data.year})`,
    `Status: ${data.stateLabel} · diunduh ${data.generatedAt}`,
  ];
  lines.forEach((text, i) => {
    sheet.mergeCells(i + 1, 1, i + 1, COLUMNS.length);
    const cell = sheet.getCell(i + 1, 1);
    cell.value = text;
    cell.font = { bold: i < 3, size: i === 0 ? 14 : 11 };
  });
  sheet.mergeCells(HEADER_ROW - 1, 4, HEADER_ROW - 1, 6);
  sheet.mergeCells(HEADER_ROW - 1, 7, HEADER_ROW - 1, 10);
  sheet.getCell(HEADER_ROW - 1, 4).value = "Penilaian mandiri unit";
  sheet.getCell(HEADER_ROW - 1, 7).value = "Evaluasi TPI";
  const header = sheet.getRow(HEADER_ROW);
  header.values = COLUMNS.map((c) => c.header);
  for (const row of [sheet.getRow(HEADER_ROW - 1), header]) {
    row.font = { bold: true };
    row.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
  }
  header.eachCell((cell) => {
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FF1E3A5F" } };
    cell.font = { bold: true, color: { argb: "FFFFFFFF" } };
    cell.border = { bottom: { style: "thin" } };
  });
}

function writeRow(sheet: ExcelJS.Worksheet, row: LkeRow): void {
  const added = sheet.addRow([row.code || null, row.text, row.weight, ...side(row.unit), ...side(row.tpi), row.tpiNote || null]);
  added.eachCell({ includeEmpty: true }, (cell, col) => {
    const column = COLUMNS[col - 1];
    if (column?.numeric) cell.numFmt = NUMBER;
    cell.alignment = { vertical: "top", wrapText: column?.wrap ?? false, indent: col <= 2 ? row.level : 0 };
    const fill = FILLS[row.kind];
    if (fill) cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: fill } };
    if (BOLD.has(row.kind)) cell.font = { bold: true, italic: row.kind === "indicator" };
    if (row.kind === "total") cell.border = { top: { style: "thin" }, bottom: { style: "double" } };
  });
}

/** The workbook as .xlsx bytes. */
export async function buildLkeWorkbook(data: LkeWorkbookData): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = `Portal ZI ${data.instansiName}`;
  workbook.title = `LKE ${data.unitName} ${data.year}`;
  const sheet = workbook.addWorksheet(LKE_SHEET_NAME, {
    views: [{ state: "frozen", xSplit: 2, ySplit: HEADER_ROW }],
    pageSetup: { paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: `${HEADER_ROW}:${HEADER_ROW}` },
  });
  COLUMNS.forEach((c, i) => { sheet.getColumn(i + 1).width = c.width; });
  writeHeader(sheet, data);
  for (const row of data.rows) writeRow(sheet, row);
  const bytes = await workbook.xlsx.writeBuffer();
  return Buffer.from(bytes);
}
