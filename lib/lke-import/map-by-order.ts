import type ExcelJS from "exceljs";
import type { LkeVersion } from "@/lib/lke/schema";
import { listQuestionEntries } from "@/lib/lke/walk";
import { type CellRead, COL, isEmpty, readCell } from "./cells";

// The official Lampiran III sheet as units fill it numbers its rows locally ("1.", "i.", "a."), so
// its questions are found by their order: every row with answer choices (column D) is the next
// question of the LKE, and under a percentage question its numbers follow, one row per input.

export type RawAnswer = { row: number; raw: unknown; formula: CellRead; note: string | null };
export type RawCounts = Map<string, { row: number; values: Record<string, unknown> }>;
type Mapped = { ok: true; raws: Map<string, RawAnswer>; counts: RawCounts } | { ok: false; error: string };

export function mapByOrder({ sheet, lke }: { sheet: ExcelJS.Worksheet; lke: LkeVersion }): Mapped {
  const questions = listQuestionEntries(lke).map((e) => e.question);
  const raws = new Map<string, RawAnswer>();
  const counts: RawCounts = new Map();
  let index = 0;
  for (let r = 1; r <= sheet.rowCount; r += 1) {
    const row = sheet.getRow(r);
    const options = readCell(row, COL.options).raw;
    if (isEmpty(options) || /^pilihan jawaban$/i.test(String(options).trim())) continue;
    const question = questions[index];
    if (!question) return { ok: false, error: `Baris ${r}: berkas memuat lebih dari ${questions.length} pertanyaan; berkas ini milik LKE versi lain.` };
    index += 1;
    const note = readCell(row, COL.note).raw;
    raws.set(question.code, { row: r, raw: readCell(row, COL.answer).raw, formula: readCell(row, COL.value), note: isEmpty(note) ? null : String(note).trim() });
    if (question.type !== "PERCENT") continue;
    const inputs = (question.inputs ?? []).filter((i) => !i.unused);
    counts.set(question.code, { row: r, values: Object.fromEntries(inputs.map((input, i) => [input.key, readCell(sheet.getRow(r + 1 + i), COL.answer).raw])) });
    r += inputs.length;
  }
  if (index === 0) return { ok: false, error: "Tidak ada baris pertanyaan LKE yang dikenali: kolom A berisi kode pertanyaan, atau kolom D berisi pilihan jawaban seperti pada Lampiran III." };
  if (index < questions.length) return { ok: false, error: `Berkas memuat ${index} pertanyaan, sedangkan LKE versi "${lke.id}" memuat ${questions.length}; berkas ini milik LKE versi lain atau barisnya terhapus.` };
  return { ok: true, raws, counts };
}
