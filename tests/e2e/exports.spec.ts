import ExcelJS from "exceljs";
import { extractText, getDocumentProxy } from "unpdf";
import { expect, signInByApi, test } from "./fixtures";
import { answerAllBest, openPeriodFor } from "./assessment-fixture";

// The official exports, opened as the reader would: the unit claims the best answer everywhere
// (total 100), the TPI agrees except A.I.1.i.a ("Tidak"): indicator A.I.1.i (weight 0,5, two
// questions) loses 0,25, so the TPI total is 99,75 and area MP scores 7,75 of 8 (96,88%).

/** Every row of the LKE sheet as its cell values (index 1 = column A). */
async function xlsxRows(bytes: Buffer): Promise<unknown[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(new Uint8Array(bytes).buffer);
  const rows: unknown[][] = [];
  // A formula cell is read as its cached result (lib/scoring's number); exceljs drops a 0 result.
  workbook.getWorksheet("LKE")!.eachRow((row) => {
    const values: unknown[] = [];
    row.eachCell({ includeEmpty: true }, (cell, c) => { values[c] = cell.formula ? (cell.result ?? 0) : cell.value; });
    rows.push(values);
  });
  return rows;
}

async function pdfText(bytes: Buffer): Promise<string> {
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(bytes)), { mergePages: true });
  return text.replace(/\s+/g, " ");
}

test("pimpinan mengunduh LKE (Excel) dan LHE (PDF) unit; operator mengunduh LKE unitnya dan ditolak CSV dasbor", async ({ page, makeUser, db }) => {
  const operator = await makeUser({ role: "OPERATOR" });
  const leader = await makeUser({ role: "PIMPINAN" });
  const { period, assessments } = await openPeriodFor(db, [operator.unitId!]);
  const assessment = assessments[0]!;
  await answerAllBest(db, assessment.id);
  await db.$executeRaw`UPDATE "Answer" SET "tpiValue" = "unitValue" WHERE "assessmentId" = ${assessment.id}::uuid`;
  await db.answer.update({ where: { assessmentId_questionCode: { assessmentId: assessment.id, questionCode: "A.I.1.i.a" } }, data: { tpiValue: "TIDAK", tpiNote: "Belum ada SK tim (skor ≥ 75% → target)." } });
  await db.assessment.update({ where: { id: assessment.id }, data: { state: "IN_REVIEW", submittedAt: new Date() } });

  await signInByApi(page, leader);
  const xlsx = await page.request.get(`/api/exports/lke/${assessment.id}`);
  expect(xlsx.status()).toBe(200);
  expect(xlsx.headers()["content-disposition"]).toContain(`filename*=UTF-8''LKE-Unit-Uji-`);
  const rows = await xlsxRows(await xlsx.body());
  expect(rows[2]?.[1]).toBe(`Unit kerja: ${operator.unitName}`);
  const total = rows.find((r) => r[2] === "NILAI TOTAL");
  // Columns F and L: the unit's and the TPI's value (Lampiran III layout, lib/lke-workbook/layout.ts).
  expect([total?.[6], total?.[12]]).toEqual([100, 99.75]);
  // Area MP under Pemenuhan (A.I.1, weight 4): the unit 4, the TPI 3,75.
  const mp = rows.find((r) => r[1] === "A.I.1" && String(r[2]).startsWith("Jumlah"));
  expect([mp?.[6], mp?.[12]]).toEqual([4, 3.75]);

  const pdf = await page.request.get(`/api/exports/lhe/${assessment.id}`);
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  const text = await pdfText(await pdf.body());
  expect(text).toContain(`Unit kerja: ${operator.unitName}`);
  expect(text).toMatch(/Nilai total 100,00 100,00 99,75/);
  expect(text).toMatch(/MP Manajemen Perubahan 8,00 8,00 100,00% 7,75 96,88%/);
  // The built server finds the embedded Unicode font: the note prints as typed, not as ">=" / "->".
  expect(text).toContain("Catatan TPI: Belum ada SK tim (skor ≥ 75% → target).");

  const csv = await page.request.get(`/api/exports/period/${period.year}.csv`);
  expect(csv.status()).toBe(200);
  expect((await csv.text()).replace(/^\uFEFF/, "")).toContain(`${operator.unitName};Direviu TPI;100,00;99,75`);

  await page.context().clearCookies();
  await signInByApi(page, operator);
  await page.goto(`/opd/penilaian/${assessment.id}`);
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Unduh LKE (Excel)" }).click()]);
  expect(download.suggestedFilename()).toBe(`LKE-${operator.unitName!.replace(/ /g, "-")}-${period.year}.xlsx`);
  expect(await page.request.get(`/api/exports/period/${period.year}.csv`).then((r) => r.status())).toBe(403);
});
