import ExcelJS from "exceljs";
import { beforeEach, describe, expect, it } from "vitest";
import { getTestDb, resetDatabase } from "@/tests/support/db";
import { createAssessmentFixture } from "@/tests/support/assessment-fixture";
import { answerAllBest } from "@/tests/e2e/assessment-fixture";
import { getLkeExport } from "@/lib/exports/lke-export";
import { CFB, PDF } from "@/lib/evidence/test-files";
import { listReviewAnswers } from "@/lib/review/answers";
import { scoreBothSides } from "@/lib/review/score-both";
import { getLkeVersion } from "@/lib/lke/versions";
import { applyLkeImport, previewLkeImport } from "./import-workbook";

const db = getTestDb();
const lke = getLkeVersion("pm90-2021")!;

/** A unit's filled LKE exported by the portal: best answers, a few changed, one percentage question at 3/4. */
async function exportedWorkbook() {
  const source = await createAssessmentFixture(db);
  await answerAllBest(db, source.assessment.id);
  const set = (code: string, value: unknown) => db.answer.update({ where: { assessmentId_questionCode: { assessmentId: source.assessment.id, questionCode: code } }, data: { unitValue: value as never } });
  await set("A.I.1.i.a", "TIDAK");
  await set("B.I.a.a", 3.25);
  await db.answer.delete({ where: { assessmentId_questionCode: { assessmentId: source.assessment.id, questionCode: "A.I.2.i.a" } } });
  const file = await getLkeExport({ db, user: source.user, assessmentId: source.assessment.id });
  const score = scoreBothSides({ lke, answers: (await listReviewAnswers({ db, assessmentId: source.assessment.id })).values() }).unit.total;
  return { bytes: new Uint8Array(file!.body), score };
}

async function edit(bytes: Uint8Array, change: (sheet: ExcelJS.Worksheet, rowOf: (code: string) => ExcelJS.Row) => void): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  const sheet = workbook.getWorksheet("LKE")!;
  const rowOf = (code: string) => {
    for (let r = 1; r <= sheet.rowCount; r += 1) if (sheet.getRow(r).getCell(1).value === code) return sheet.getRow(r);
    throw new Error(code);
  };
  change(sheet, rowOf);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

describe("importing a filled LKE workbook into a DRAFT", () => {
  beforeEach(resetDatabase);

  it("round trip: the portal's export imported into an empty DRAFT gives the same score, marked perlu dicek ulang and audited", async () => {
    const { bytes, score } = await exportedWorkbook();
    const target = await createAssessmentFixture(db);
    const options = { db, user: target.user, assessmentId: target.assessment.id, bytes };
    const preview = await previewLkeImport(options);
    expect(preview.lines).toHaveLength(112);
    expect(preview.lines.every((l) => l.status === "baru")).toBe(true);
    expect(preview.totalAfter).toBeCloseTo(score, 12);
    expect(await db.answer.count({ where: { assessmentId: target.assessment.id } })).toBe(0);
    await applyLkeImport(options);
    const stored = await listReviewAnswers({ db, assessmentId: target.assessment.id });
    expect(scoreBothSides({ lke, answers: stored.values() }).unit.total).toBe(score);
    expect(await db.answer.count({ where: { assessmentId: target.assessment.id, needsRecheck: true } })).toBe(112);
    expect(await db.auditEvent.count({ where: { assessmentId: target.assessment.id, action: "answer.import" } })).toBe(112);
    expect(await db.auditEvent.count({ where: { assessmentId: target.assessment.id, action: "assessment.import_workbook" } })).toBe(1);
  });

  it("maps the official sheet's locally numbered rows (\"a.\", \"i.\", no full codes) by their order, percentage numbers included", async () => {
    const { bytes, score } = await exportedWorkbook();
    const local = await edit(bytes, (sheet) => {
      for (let r = 9; r <= sheet.rowCount; r += 1) {
        const cell = sheet.getRow(r).getCell("A");
        const code = typeof cell.value === "string" ? cell.value : "";
        cell.value = code.includes("[") ? null : code ? `${code.split(".").pop()}.` : null;
      }
    });
    const target = await createAssessmentFixture(db);
    const preview = await previewLkeImport({ db, user: target.user, assessmentId: target.assessment.id, bytes: local });
    expect(preview.lines).toHaveLength(112);
    expect(preview.unreadable).toEqual([]);
    expect(preview.totalAfter).toBeCloseTo(score, 12);
    // The last question's row emptied out (as if deleted): the order no longer fits this LKE.
    const truncated = await edit(local, (sheet) => {
      for (let r = sheet.rowCount; r > 0; r -= 1) {
        const row = sheet.getRow(r);
        if (row.getCell("D").value) { row.getCell("D").value = null; row.getCell("E").value = null; return; }
      }
    });
    await expect(previewLkeImport({ db, user: target.user, assessmentId: target.assessment.id, bytes: truncated })).rejects.toThrow(/^Berkas memuat 112 pertanyaan, sedangkan LKE versi "pm90-2021" memuat 113/);
  });

  it("previews a conflict with a stored answer and lists an unreadable row with its reason", async () => {
    const { bytes } = await exportedWorkbook();
    const target = await createAssessmentFixture(db);
    await db.answer.create({ data: { assessmentId: target.assessment.id, questionCode: "A.I.1.i.a", unitValue: "YA" } });
    // As Excel would save it: the index typed as a word counts 0, so its indicator (17,5) leaves the cached total.
    const changed = await edit(bytes, (sheet, rowOf) => {
      const row = rowOf("B.II.a.a");
      row.getCell("E").value = "tinggi";
      row.getCell("F").value = { formula: row.getCell("F").formula, result: 0 } as never;
      for (let r = 1; r <= sheet.rowCount; r += 1) {
        const cell = sheet.getRow(r).getCell("F");
        if (sheet.getRow(r).getCell("B").value === "NILAI TOTAL") cell.value = { formula: cell.formula, result: (cell.result as number) - 17.5 } as never;
      }
    });
    const preview = await previewLkeImport({ db, user: target.user, assessmentId: target.assessment.id, bytes: changed });
    expect(preview.lines.find((l) => l.code === "A.I.1.i.a")).toMatchObject({ status: "berubah", current: expect.stringMatching(/^Ya/), imported: expect.stringMatching(/^Tidak/) });
    expect(preview.conflicts).toBe(1);
    expect(preview.unreadable).toEqual([{ row: expect.any(Number), code: "B.II.a.a", reason: 'Nilai indeks "tinggi" bukan angka' }]);
  });

  it("refuses, naming the row, and changes nothing: not xlsx, encrypted, another version, an answer outside the options, a cached value that disagrees", async () => {
    const { bytes } = await exportedWorkbook();
    const target = await createAssessmentFixture(db);
    await db.answer.create({ data: { assessmentId: target.assessment.id, questionCode: "A.I.1.i.b", unitValue: "A" } });
    const attempt = (file: Uint8Array) => applyLkeImport({ db, user: target.user, assessmentId: target.assessment.id, bytes: file });
    await expect(attempt(new Uint8Array(PDF))).rejects.toThrow("Berkas bukan Excel .xlsx (terdeteksi PDF)");
    await expect(attempt(new Uint8Array(CFB))).rejects.toThrow("Berkas terenkripsi");
    await expect(attempt(await edit(bytes, (sheet) => { sheet.getCell("B6").value = "pm-2030"; }))).rejects.toThrow(/^Baris 6: berkas ini LKE versi "pm-2030"/);
    let row = 0;
    await expect(attempt(await edit(bytes, (_s, rowOf) => { const r = rowOf("A.I.1.i.b"); row = r.number; r.getCell("E").value = "Z"; }))).rejects.toThrow(new RegExp(`^Baris ${row || "\\d+"} \\(A\\.I\\.1\\.i\\.b\\): jawaban "Z" di luar pilihan`));
    await expect(attempt(await edit(bytes, (_s, rowOf) => { rowOf("A.I.1.i.b").getCell("E").value = "C"; }))).rejects.toThrow(/^Baris \d+ \(A\.I\.1\.i\.b\): nilai tersimpan pada kolom Nilai \(1\) tidak sesuai dengan jawabannya \(seharusnya 0\)/);
    await expect(attempt(await edit(bytes, (sheet) => {
      for (let r = 1; r <= sheet.rowCount; r += 1) {
        const cell = sheet.getRow(r).getCell("F");
        if (sheet.getRow(r).getCell("B").value === "NILAI TOTAL") cell.value = { formula: cell.formula, result: 100 } as never;
      }
    }))).rejects.toThrow(/^Baris \d+ \(NILAI TOTAL\): nilai tersimpan pada kolom Nilai \(100\) tidak sesuai/);
    const stored = await db.answer.findMany({ where: { assessmentId: target.assessment.id } });
    expect(stored.map((a) => [a.questionCode, a.unitValue])).toEqual([["A.I.1.i.b", "A"]]);
    expect(await db.auditEvent.count({ where: { assessmentId: target.assessment.id } })).toBe(0);
  });

  it("refuses a submitted LKE and another unit's operator", async () => {
    const { bytes } = await exportedWorkbook();
    const target = await createAssessmentFixture(db, { state: "SUBMITTED" });
    const other = await createAssessmentFixture(db);
    await expect(previewLkeImport({ db, user: target.user, assessmentId: target.assessment.id, bytes })).rejects.toThrow("terkunci");
    await expect(previewLkeImport({ db, user: other.user, assessmentId: target.assessment.id, bytes })).rejects.toThrow("bukan milik unit Anda");
  });
});
