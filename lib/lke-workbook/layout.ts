import { LKE_ROLES } from "@/lib/lke/roles";
import type { AreaCode, Indicator, LkeVersion, Question } from "@/lib/lke/schema";

// Where every node of the LKE sits on the "LKE" sheet, in the order of Lampiran III: component,
// part, area, indicator, question and, under a percentage question, one row per number it asks
// for; a "Jumlah" row closes every area, part and component, and the total ends the sheet. Pure:
// the writer (write-lke-sheet.ts), the summary sheet and the import all read the same plan.

export const FIRST_ROW = 9;
export const COLUMNS = {
  code: "A", text: "B", weight: "C", options: "D",
  unitAnswer: "E", unitValue: "F", unitPercent: "G",
  guidance: "H", unitNote: "I", evidence: "J",
  tpiAnswer: "K", tpiValue: "L", tpiPercent: "M", tpiNote: "N",
} as const;
export type Side = "unit" | "tpi";
export const SIDE_COLUMNS: Record<Side, { answer: string; value: string; percent: string }> = {
  unit: { answer: COLUMNS.unitAnswer, value: COLUMNS.unitValue, percent: COLUMNS.unitPercent },
  tpi: { answer: COLUMNS.tpiAnswer, value: COLUMNS.tpiValue, percent: COLUMNS.tpiPercent },
};

export type InputRow = { row: number; key: string; label: string };
export type PlannedRow =
  | { kind: "component" | "part" | "area"; row: number; code: string; text: string; weight: number }
  | { kind: "indicator"; row: number; code: string; text: string; weight: number; questionRows: number[] }
  | { kind: "question"; row: number; question: Question; inputs: InputRow[] }
  | { kind: "input"; row: number; questionCode: string; key: string; label: string }
  | { kind: "subtotal"; row: number; code: string; text: string; weight: number; sumRows: number[]; area: AreaCode | null; partRole: "pemenuhan" | "reform" | null }
  | { kind: "total"; row: number; weight: number; sumRows: number[] };

export type SheetPlan = {
  rows: PlannedRow[];
  /** Row of each node's value: component/part/area-half "Jumlah" rows, indicators, questions. */
  rowOf: Map<string, number>;
  /** Per area, the rows of its Pemenuhan and Reform halves. */
  areaRows: Record<AreaCode, { pemenuhan: number; reform: number }>;
  totalRow: number;
};

/** The key of an area half in rowOf: "MP@A.I". */
export const areaKey = (area: AreaCode, partCode: string) => `${area}@${partCode}`;
/** The code cell of a number input of a percentage question: "A.II.5.iii.a [lapor]". */
export const inputCode = (questionCode: string, key: string) => `${questionCode} [${key}]`;

export function planLkeSheet(lke: LkeVersion): SheetPlan {
  const rows: PlannedRow[] = [];
  const rowOf = new Map<string, number>();
  const areaRows = {} as Record<AreaCode, { pemenuhan: number; reform: number }>;
  let next = FIRST_ROW;
  const take = () => next++;

  const indicators = (list: Indicator[] | undefined): number[] =>
    (list ?? []).map((indicator) => {
      const planned: PlannedRow = { kind: "indicator", row: take(), code: indicator.code, text: indicator.groupName ? `${indicator.groupName} — ${indicator.name}` : indicator.name, weight: indicator.weight, questionRows: [] };
      rows.push(planned);
      rowOf.set(indicator.code, planned.row);
      for (const question of indicator.questions) {
        const q: PlannedRow = { kind: "question", row: take(), question, inputs: [] };
        rows.push(q);
        rowOf.set(question.code, q.row);
        planned.questionRows.push(q.row);
        for (const input of question.type === "PERCENT" ? (question.inputs ?? []).filter((i) => !i.unused) : []) {
          const inputRow = { row: take(), key: input.key, label: `${input.group ? `${input.group} — ` : ""}${input.label}` };
          q.inputs.push(inputRow);
          rows.push({ kind: "input", row: inputRow.row, questionCode: question.code, key: input.key, label: inputRow.label });
        }
      }
      return planned.row;
    });

  const componentRows: number[] = [];
  for (const component of lke.components) {
    rows.push({ kind: "component", row: take(), code: component.code, text: component.name, weight: component.weight });
    const partRows: number[] = [];
    for (const part of component.parts) {
      rows.push({ kind: "part", row: take(), code: part.code, text: part.name, weight: part.weight });
      const partRole = part.code === LKE_ROLES.pemenuhan ? "pemenuhan" : part.code === LKE_ROLES.reform ? "reform" : null;
      const sums: number[] = [];
      for (const area of part.areas ?? []) {
        rows.push({ kind: "area", row: take(), code: area.code, text: area.name, weight: area.weight });
        const inside = indicators(area.indicators);
        const row = take();
        rows.push({ kind: "subtotal", row, code: area.code, text: `Jumlah ${area.name}`, weight: area.weight, sumRows: inside, area: area.area, partRole });
        rowOf.set(areaKey(area.area, part.code), row);
        if (partRole) areaRows[area.area] = { ...(areaRows[area.area] ?? { pemenuhan: 0, reform: 0 }), [partRole]: row };
        sums.push(row);
      }
      sums.push(...indicators(part.indicators));
      const row = take();
      rows.push({ kind: "subtotal", row, code: part.code, text: `Jumlah ${part.name}`, weight: part.weight, sumRows: sums, area: null, partRole: null });
      rowOf.set(part.code, row);
      partRows.push(row);
    }
    const row = take();
    rows.push({ kind: "subtotal", row, code: component.code, text: `Jumlah Komponen ${component.name}`, weight: component.weight, sumRows: partRows, area: null, partRole: null });
    rowOf.set(component.code, row);
    componentRows.push(row);
  }
  const totalRow = take();
  rows.push({ kind: "total", row: totalRow, weight: lke.components.reduce((s, c) => s + c.weight, 0), sumRows: componentRows });
  return { rows, rowOf, areaRows, totalRow };
}
