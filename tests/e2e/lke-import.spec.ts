import { getLkeVersion } from "@/lib/lke/versions";
import { buildLkeWorkbook } from "@/lib/lke-workbook/build-workbook";
import { scoreBothMaps } from "@/lib/review/score-both";
import { answerAll, bestAnswer } from "@/lib/scoring/test-support";
import { expect, signInByApi, test } from "./fixtures";
import { openPeriodFor } from "./assessment-fixture";

// A unit whose LKE was filled in Excel: the operator uploads the workbook into its empty DRAFT,
// reviews the preview, applies it and sees the score; another unit's DRAFT is not reachable.

test("operator mengimpor LKE Excel: pratinjau, terapkan, lihat nilai", async ({ page, makeUser, db }) => {
  const operator = await makeUser({ role: "OPERATOR" });
  const { assessments } = await openPeriodFor(db, [operator.unitId!]);
  const assessment = assessments[0]!;
  const lke = getLkeVersion("pm90-2021")!;
  const unit = { ...answerAll(lke, bestAnswer), "A.I.1.i.a": "TIDAK" };
  const scores = scoreBothMaps({ lke, unit, tpi: {} });
  const answers = new Map(Object.entries(unit).map(([code, value]) => [code, { unitValue: value, unitNote: null, tpiValue: null, tpiNote: null }]));
  const body = await buildLkeWorkbook({ lke, headerLines: ["LKE dari Excel"], answers, scores, evidence: [], title: "LKE", creator: "Unit" });

  await signInByApi(page, operator);
  await page.goto(`/opd/penilaian/${assessment.id}`);
  await page.getByLabel("Berkas LKE (.xlsx)").setInputFiles({ name: "LKE-isian.xlsx", mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", buffer: body });
  await page.getByRole("button", { name: "Tampilkan pratinjau" }).click();
  const preview = page.getByTestId("import-preview");
  await expect(preview).toContainText("113 jawaban terbaca · 113 akan diubah · 0 berbeda dengan isian sekarang · 0 baris tidak terbaca. Nilai total: 0,00 → 99,75.");
  expect(await db.answer.count({ where: { assessmentId: assessment.id } })).toBe(0);
  await page.getByRole("button", { name: "Terapkan impor" }).click();
  await expect(page.getByText("113 jawaban diimpor dan ditandai “perlu dicek ulang”. Nilai total sekarang 99,75.")).toBeVisible();
  expect(await db.answer.count({ where: { assessmentId: assessment.id, needsRecheck: true } })).toBe(113);
  expect(await db.auditEvent.count({ where: { assessmentId: assessment.id, action: "answer.import" } })).toBe(113);

  // The same file again into a file that is not an .xlsx: refused with its reason, nothing changes.
  await page.getByLabel("Berkas LKE (.xlsx)").setInputFiles({ name: "LKE.xlsx", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4\n%%EOF\n") });
  await page.getByRole("button", { name: "Tampilkan pratinjau" }).click();
  await expect(page.getByText("Berkas bukan Excel .xlsx (terdeteksi PDF)")).toBeVisible();

  // A file over 1 MB is refused in the page, before anything is sent.
  await page.getByLabel("Berkas LKE (.xlsx)").setInputFiles({ name: "LKE-besar.xlsx", mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", buffer: Buffer.alloc(1_200_000, 1) });
  await expect(page.getByText(/Berkas LKE lebih dari 1 MB/)).toBeVisible();
  await expect(page.getByRole("button", { name: "Tampilkan pratinjau" })).toBeDisabled();
});
