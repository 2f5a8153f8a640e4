import type { LkeVersion, Question } from "@/lib/lke/schema";
import { COLUMNS, type PlannedRow, type Side, SIDE_COLUMNS } from "./layout";

// The Excel formulas of the LKE sheet, one side at a time, so that an answer edited offline
// recomputes its indicator, area, component and total the way lib/scoring does (DESIGN.md "The LKE
// and the score"): a choice → its scale value, a survey index → index / scale maximum, a
// percentage → its ratio or reduction rule (Lampiran III), an indicator → weight × mean of its
// questions (unanswered 0), everything above → sums. Percent columns are value / weight × 100.

const list = (column: string, rows: readonly number[]) => rows.map((r) => `${column}${r}`).join(",");
const decimal = (v: number) => String(v);
const text = (s: string) => `"${s.replace(/"/g, '""')}"`;

function choiceFormula(cell: string, scale: readonly { code: string; value: number }[]): string {
  return scale.reduceRight((otherwise, option) => `IF(${cell}=${text(option.code)},${decimal(option.value)},${otherwise})`, "0");
}

function percentFormula(question: Question, column: string, inputs: readonly { key: string; row: number }[]): string {
  const cell = (key: string) => {
    const input = inputs.find((i) => i.key === key);
    if (!input) throw new Error(`isian ${key} dari ${question.code} tidak ada di lembar`);
    return `${column}${input.row}`;
  };
  const formula = question.formula;
  if (!formula) throw new Error(`${question.code} tidak punya rumus persentase`);
  if (formula.kind === "ratio") {
    const keys = [...new Set([...formula.numerator, ...formula.denominator])];
    const num = `SUM(${formula.numerator.map(cell).join(",")})`;
    const den = `SUM(${formula.denominator.map(cell).join(",")})`;
    return `IF(COUNT(${keys.map(cell).join(",")})<${keys.length},0,IF(${den}=0,${decimal(formula.zeroDenominatorValue)},MIN(${num}/${den},${decimal(formula.cap)})))`;
  }
  const prev = cell(formula.previous);
  const cur = cell(formula.current);
  return `IF(COUNT(${prev},${cur})<2,0,IF(${prev}=0,IF(${cur}=0,${decimal(formula.bothZeroValue)},${decimal(formula.previousZeroCurrentPositiveValue)}),IF(${cur}>=${prev},0,(${prev}-${cur})/${prev})))`;
}

/** The value formula of a row for one side, or null for rows without a value (headings, inputs). */
export function valueFormula(lke: LkeVersion, planned: PlannedRow, side: Side): string | null {
  const { answer, value } = SIDE_COLUMNS[side];
  switch (planned.kind) {
    case "question": {
      const q = planned.question;
      const cell = `${answer}${planned.row}`;
      if (q.type === "PERCENT") return percentFormula(q, answer, planned.inputs);
      if (q.type === "SURVEY_INDEX") return `IF(ISNUMBER(${cell}),${cell}/${decimal(q.scaleMax ?? 4)},0)`;
      const scale = lke.scales[q.type as keyof LkeVersion["scales"]];
      if (!scale) throw new Error(`skala ${q.type} tidak ada`);
      return choiceFormula(cell, scale);
    }
    case "indicator":
      return `${COLUMNS.weight}${planned.row}*AVERAGE(${list(value, planned.questionRows)})`;
    case "subtotal":
    case "total":
      return planned.sumRows.length === 0 ? "0" : `SUM(${list(value, planned.sumRows)})`;
    default:
      return null;
  }
}

/** value / weight × 100 for indicator, "Jumlah" and total rows. */
export function percentFormulaOf(planned: PlannedRow, side: Side): string | null {
  if (planned.kind !== "indicator" && planned.kind !== "subtotal" && planned.kind !== "total") return null;
  const { value } = SIDE_COLUMNS[side];
  return `IF(${COLUMNS.weight}${planned.row}=0,0,${value}${planned.row}/${COLUMNS.weight}${planned.row}*100)`;
}
