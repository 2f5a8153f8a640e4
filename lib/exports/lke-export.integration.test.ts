import ExcelJS from "exceljs";
import { beforeEach, describe, expect, it } from "vitest";
import { getTestDb, resetDatabase } from "@/tests/support/db";
import { LKE_SHEET as LKE_SHEET_NAME } from "@/lib/lke-workbook/write-lke-sheet";
import { getLkeExport } from "./lke-export";
import { CHANGED_QUESTION, createReviewedAssessment, EXPECTED, makeUser, TPI_NOTE } from "./test-fixture";

const db = getTestDb();

async function openSheet(body: Buffer): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(new Uint8Array(body).buffer);
  const sheet = workbook.getWorksheet(LKE_SHEET_NAME);
  if (!sheet) throw new Error("lembar LKE tidak ada");
  return sheet;
}

/** The row whose first two cells are `code` and, when given, start with `text`. */
function findRow(sheet: ExcelJS.Worksheet, code: string, text?: string): ExcelJS.Row {
  for (let i = 1; i <= sheet.rowCount; i += 1) {
    const row = sheet.getRow(i);
    if (String(row.getCell(1).value ?? "") === code && (text === undefined || String(row.getCell(2).value ?? "").startsWith(text))) return row;
  }
  throw new Error(`baris ${code} ${text ?? ""} tidak ditemukan`);
}

/**
 * A formula cell's cached result (lib/scoring's number), or a plain cell's value. The file holds
 * <v>0</v> for a zero result, but exceljs's reader drops falsy results (doc/cell.js `cp`), so a
 * formula without a result read back is 0.
 */
const result = (cell: ExcelJS.Cell) => (cell.formula ? (cell.result ?? 0) : cell.value);

describe("getLkeExport", () => {
  beforeEach(resetDatabase);

  it("lays out the LKE with both sides' answers and the scores of lib/scoring as numbers", async () => {
    const { assessment, period, user } = await createReviewedAssessment(db, { unitName: "Dinas Kesehatan" });
    const file = await getLkeExport({ db, user, assessmentId: assessment.id });
    expect(file?.fileName).toBe(`LKE-Dinas-Kesehatan-${period.year}.xlsx`);
    const sheet = await openSheet(file!.body);
    expect(sheet.getCell("A3").value).toBe("Unit kerja: Dinas Kesehatan");
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 8 });
    expect(sheet.getCell("B6").value).toBe("pm90-2021");

    const total = findRow(sheet, "", "NILAI TOTAL");
    expect(result(total.getCell("F"))).toBe(EXPECTED.unitTotal);
    expect(result(total.getCell("L"))).toBe(EXPECTED.tpiTotal);
    expect(total.getCell("L").formula).toMatch(/^SUM\(L\d+,L\d+\)$/);
    expect(total.getCell("L").numFmt).toBe("0.00");

    const mpPemenuhan = findRow(sheet, "A.I.1", "Jumlah");
    expect(result(mpPemenuhan.getCell("F"))).toBe(4);
    expect(result(mpPemenuhan.getCell("L"))).toBe(EXPECTED.tpiMpPemenuhan);
    const indicator = findRow(sheet, "A.I.1.i");
    expect(result(indicator.getCell("L"))).toBe(EXPECTED.tpiIndicator);
    expect(indicator.getCell("L").formula).toMatch(/^C\d+\*AVERAGE\(L\d+,L\d+\)$/);

    const question = findRow(sheet, CHANGED_QUESTION);
    expect(question.getCell("E").value).toBe("YA");
    expect(result(question.getCell("F"))).toBe(1);
    expect(question.getCell("K").value).toBe("TIDAK");
    expect(result(question.getCell("L"))).toBe(0);
    expect(question.getCell("L").formula).toContain(`K${question.number}="YA"`);
    expect(question.getCell("N").value).toBe(TPI_NOTE);
  });

  it("lists the questions in LKE order, indicators before their questions", async () => {
    const { assessment, user } = await createReviewedAssessment(db);
    const sheet = await openSheet((await getLkeExport({ db, user, assessmentId: assessment.id }))!.body);
    const codes = sheet.getColumn(1).values.map((v) => String(v ?? "")).filter((c) => /^[AB](\.|$)/.test(c));
    expect(codes.indexOf("A.I.1.i")).toBeLessThan(codes.indexOf("A.I.1.i.a"));
    expect(codes.indexOf("A.I.1.i.b")).toBeLessThan(codes.indexOf("A.II.1.i"));
    expect(codes.at(-1)).toBe("B");
  });

  it("refuses another unit's operator and an unassigned TPI (null → 404)", async () => {
    const { assessment } = await createReviewedAssessment(db);
    const other = await createReviewedAssessment(db);
    const stranger = await makeUser(db, "TPI");
    expect(await getLkeExport({ db, user: other.user, assessmentId: assessment.id })).toBeNull();
    expect(await getLkeExport({ db, user: stranger, assessmentId: assessment.id })).toBeNull();
    expect(await getLkeExport({ db, user: other.tpi, assessmentId: other.assessment.id })).not.toBeNull();
  });
});
