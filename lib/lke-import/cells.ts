import type ExcelJS from "exceljs";

// Reading the cells of an LKE sheet: the columns of Lampiran III (lib/lke-workbook/layout.ts) and
// a cell's plain value, formula and cached result whatever exceljs made of it.

export const COL = { code: 1, text: 2, options: 4, answer: 5, value: 6, note: 9 } as const;

export type CellRead = { raw: unknown; formula: string | undefined; result: unknown };
export function readCell(row: ExcelJS.Row, column: number): CellRead {
  const cell = row.getCell(column);
  const value = cell.value;
  if (value !== null && typeof value === "object" && "richText" in value) return { raw: value.richText.map((t) => t.text).join(""), formula: undefined, result: undefined };
  if (value !== null && typeof value === "object" && "text" in value) return { raw: value.text, formula: undefined, result: undefined };
  return { raw: cell.formula ? undefined : value, formula: cell.formula || undefined, result: cell.formula ? cell.result : undefined };
}

export const asNumber = (raw: unknown): number | null => {
  if (typeof raw === "number") return raw;
  if (typeof raw === "string" && /^\s*\d+([.,]\d+)?\s*$/.test(raw)) return Number(raw.trim().replace(",", "."));
  return null;
};
export const isEmpty = (raw: unknown) => raw === null || raw === undefined || (typeof raw === "string" && raw.trim() === "");

