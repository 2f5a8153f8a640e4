import ExcelJS from "exceljs";
import { beforeEach, describe, expect, it } from "vitest";
import { getTestDb, resetDatabase } from "@/tests/support/db";
import { LKE_SHEET_NAME } from "./lke-workbook";
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

describe("getLkeExport", () => {
  beforeEach(resetDatabase);

  it("lays out the LKE with both sides' answers and the scores of lib/scoring as numbers", async () => {
    const { assessment, period, user } = await createReviewedAssessment(db, { unitName: "Dinas Kesehatan" });
    const file = await getLkeExport({ db, user, assessmentId: assessment.id });
    expect(file?.fileName).toBe(`LKE-Dinas-Kesehatan-${period.year}.xlsx`);
    const sheet = await openSheet(file!.body);
    expect(sheet.getCell("A3").value).toBe("Unit kerja: Dinas Kesehatan");
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 8 });

    const total = findRow(sheet, "", "NILAI TOTAL");
    expect(total.getCell(6).value).toBe(EXPECTED.unitTotal);
    expect(total.getCell(9).value).toBe(EXPECTED.tpiTotal);
    expect(total.getCell(9).numFmt).toBe("0.00");

    const mpPemenuhan = findRow(sheet, "A.I.1", "Jumlah");
    expect(mpPemenuhan.getCell(6).value).toBe(4);
    expect(mpPemenuhan.getCell(9).value).toBe(EXPECTED.tpiMpPemenuhan);
    expect(findRow(sheet, "A.I.1.i").getCell(9).value).toBe(EXPECTED.tpiIndicator);

    const question = findRow(sheet, CHANGED_QUESTION);
    expect(question.getCell(4).value).toMatch(/^Ya/);
    expect(question.getCell(5).value).toBe(1);
    expect(question.getCell(7).value).toMatch(/^Tidak/);
    expect(question.getCell(8).value).toBe(0);
    expect(question.getCell(10).value).toBe(TPI_NOTE);
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
