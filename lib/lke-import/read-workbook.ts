import ExcelJS from "exceljs";
import { fileTypeFromBuffer } from "file-type";
import { isChoiceType } from "@/lib/lke/question-rules";
import type { LkeVersion, Question } from "@/lib/lke/schema";
import { listSections } from "@/lib/lke/sections";
import { inputCode } from "@/lib/lke-workbook/layout";
import { LKE_SHEET, VERSION_LABEL } from "@/lib/lke-workbook/write-lke-sheet";
import { type AnswerValue, parseAnswers } from "@/lib/scoring/answers";
import { scoreAssessment } from "@/lib/scoring/score-assessment";
import { asNumber, type CellRead, COL, isEmpty, readCell } from "./cells";
import { mapByOrder, type RawAnswer, type RawCounts } from "./map-by-order";

// Reads a filled LKE workbook (the portal's own, or a Lampiran III sheet with the same columns) into
// the unit's answers, without touching the database. Rows are found by the code in column A (a
// percentage question's numbers by "kode [isian]"), so rows added, removed or reordered by the
// unit do not shift anything. A file is refused as a whole, naming the row, when it is not an
// .xlsx, is encrypted, belongs to another LKE version, answers outside a question's options, or
// carries a formula whose cached value disagrees with its answer; a row that merely cannot be
// read (text where a number belongs, a percentage with numbers missing) is left out and listed.

export type ImportedAnswer = { row: number; value: AnswerValue; note: string | null };
export type UnreadableRow = { row: number; code: string; reason: string };
export type WorkbookRead =
  | { ok: true; answers: Map<string, ImportedAnswer>; unreadable: UnreadableRow[] }
  | { ok: false; error: string };

const CODE_LIKE = /^[A-Z](\.[A-Za-z0-9]+)+$/;
const INPUT_LIKE = /^(\S+) \[([^\]]+)\]$/;
const TOLERANCE = 1e-6;
const TOTAL_LABEL = "NILAI TOTAL";

const refuse = (error: string): WorkbookRead => ({ ok: false, error });
const rowName = (row: number, code: string) => `Baris ${row} (${code})`;

function choiceOf(question: Question, raw: unknown): string {
  const text = String(raw).trim().toUpperCase();
  if (question.type === "YA_TIDAK" && /^(YA|TIDAK)\b/.test(text)) return text.startsWith("YA") ? "YA" : "TIDAK";
  return text.replace(/[.)].*$/s, "").trim();
}

async function openSheet(bytes: Uint8Array): Promise<ExcelJS.Worksheet | string> {
  const type = await fileTypeFromBuffer(bytes);
  if (type?.ext === "cfb") return "Berkas terenkripsi (dilindungi kata sandi) atau berformat Excel lama (.xls). Simpan ulang sebagai .xlsx tanpa kata sandi, lalu unggah lagi.";
  if (type?.ext !== "xlsx") return `Berkas bukan Excel .xlsx${type ? ` (terdeteksi ${type.ext.toUpperCase()})` : ""}. Unggah LKE dalam format .xlsx.`;
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  } catch {
    return "Berkas .xlsx tidak dapat dibaca; buka di Excel, simpan ulang, lalu unggah lagi.";
  }
  return workbook.getWorksheet(LKE_SHEET) ?? workbook.worksheets[0] ?? "Berkas tidak berisi lembar kerja.";
}

export async function readLkeWorkbook({ lke, bytes }: { lke: LkeVersion; bytes: Uint8Array }): Promise<WorkbookRead> {
  const sheet = await openSheet(bytes);
  if (typeof sheet === "string") return refuse(sheet);
  const questions = new Map<string, Question>(listSections(lke).flatMap((s) => s.groups.flatMap((g) => g.questions.map((q) => [q.code, q] as const))));
  const known = new Set<string>([...questions.keys(), ...listSections(lke).flatMap((s) => s.groups.map((g) => g.indicator.code))]);
  for (const c of lke.components) {
    known.add(c.code);
    for (const p of c.parts) { known.add(p.code); for (const a of p.areas ?? []) known.add(a.code); }
  }

  let raws = new Map<string, RawAnswer>();
  let counts: RawCounts = new Map();
  let total: { row: number; cell: CellRead } | null = null;
  for (let r = 1; r <= sheet.rowCount; r += 1) {
    const row = sheet.getRow(r);
    const code = String(readCell(row, COL.code).raw ?? "").trim();
    if (String(readCell(row, 2).raw ?? "").trim() === TOTAL_LABEL) total = { row: r, cell: readCell(row, COL.value) };
    if (code === VERSION_LABEL) {
      const version = String(readCell(row, 2).raw ?? "").trim();
      if (version !== lke.id) return refuse(`Baris ${r}: berkas ini LKE versi "${version}", sedangkan periode ini memakai versi "${lke.id}". Unduh LKE periode ini lalu isi ulang.`);
      continue;
    }
    const input = INPUT_LIKE.exec(code);
    if (input) {
      const entry = counts.get(input[1]!) ?? { row: r, values: {} };
      entry.values[input[2]!] = readCell(row, COL.answer).raw;
      counts.set(input[1]!, entry);
      continue;
    }
    if (!CODE_LIKE.test(code)) continue;
    if (!known.has(code)) return refuse(`${rowName(r, code)}: kode ini tidak ada dalam LKE versi "${lke.id}"; berkas ini milik LKE versi lain.`);
    if (!questions.has(code)) continue;
    const note = readCell(row, COL.note).raw;
    raws.set(code, { row: r, raw: readCell(row, COL.answer).raw, formula: readCell(row, COL.value), note: isEmpty(note) ? null : String(note).trim() });
  }
  if (raws.size === 0) {
    // No question codes in column A: the official sheet numbers rows locally ("a.", "i."), so rows are taken in LKE order.
    const ordered = mapByOrder({ sheet, lke });
    if (!ordered.ok) return refuse(ordered.error);
    ({ raws, counts } = ordered);
  }

  const answers = new Map<string, ImportedAnswer>();
  const unreadable: UnreadableRow[] = [];
  for (const [code, { row, raw, formula, note }] of raws) {
    const question = questions.get(code)!;
    let value: AnswerValue | null = null;
    if (question.type === "PERCENT") {
      const given = counts.get(code)?.values ?? {};
      const keys = (question.inputs ?? []).filter((i) => !i.unused).map((i) => i.key);
      const filled = keys.filter((k) => !isEmpty(given[k]));
      if (filled.length > 0 && filled.length < keys.length) unreadable.push({ row, code, reason: `Isian angka belum lengkap: ${keys.filter((k) => isEmpty(given[k])).map((k) => inputCode(code, k)).join(", ")}` });
      else if (filled.length === keys.length) {
        const numbers = Object.fromEntries(keys.map((k) => [k, asNumber(given[k])]));
        const bad = keys.find((k) => numbers[k] === null);
        if (bad) unreadable.push({ row, code, reason: `Isian ${inputCode(code, bad)} bukan angka` });
        else value = numbers as Record<string, number>;
      }
    } else if (!isEmpty(raw)) {
      if (question.type === "SURVEY_INDEX") {
        const n = asNumber(raw);
        if (n === null) unreadable.push({ row, code, reason: `Nilai indeks "${String(raw)}" bukan angka` });
        else value = n;
      } else if (isChoiceType(question.type)) value = choiceOf(question, raw);
    }
    if (value !== null) {
      const parsed = parseAnswers(lke, { [code]: value });
      if (!parsed.ok) return refuse(`${rowName(row, code)}: jawaban "${typeof value === "object" ? JSON.stringify(value) : String(value)}" di luar pilihan pertanyaan ini. ${parsed.problems.map((p) => p.message).join(" ")}`);
      answers.set(code, { row, value: parsed.answers[code]!, note });
    } else if (note) {
      unreadable.push({ row, code, reason: "Catatan tanpa jawaban: catatan tidak diimpor tanpa jawaban" });
    }
    if (formula.formula) {
      const expected = value === null ? 0 : (scoreAssessment({ lke, answers: { [code]: answers.get(code)!.value } }).questions.find((q) => q.code === code)?.value ?? 0);
      // exceljs reads a cached 0 as no result; a formula without a cached value is taken as 0.
      if (!agrees(formula, expected)) return refuse(`${rowName(row, code)}: ${stale(formula, expected)}`);
    }
  }
  if (total?.cell.formula) {
    const expected = scoreAssessment({ lke, answers: Object.fromEntries([...answers].map(([code, a]) => [code, a.value])) }).total;
    if (!agrees(total.cell, expected)) return refuse(`Baris ${total.row} (${TOTAL_LABEL}): ${stale(total.cell, expected)}`);
  }
  return { ok: true, answers, unreadable };
}

/** exceljs reads a cached 0 as no result; a formula without a cached value is taken as 0. */
function agrees(cell: CellRead, expected: number): boolean {
  const cached = typeof cell.result === "number" ? cell.result : cell.result === undefined ? 0 : Number.NaN;
  return Math.abs(cached - expected) <= TOLERANCE;
}

function stale(cell: CellRead, expected: number): string {
  return `nilai tersimpan pada kolom Nilai (${String(cell.result ?? 0)}) tidak sesuai dengan jawabannya (seharusnya ${expected}). Buka berkas di Excel, hitung ulang (F9), simpan, lalu unggah lagi.`;
}
