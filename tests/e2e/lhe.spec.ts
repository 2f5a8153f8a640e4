import type { Download } from "@playwright/test";
import { readFile } from "node:fs/promises";
import { docxText, pdfText } from "@/lib/lhe/test-support";
import { expect, signInByApi, test } from "./fixtures";
import { answerAllBest, openPeriodFor } from "./assessment-fixture";

// The LHE as the Inspektorat gets it: the TPI writes a recommendation on a review page and numbers
// the letter, then downloads the LHE of a FINAL assessment (no DRAF, a conclusion, the number)
// and of a DRAFT one (DRAF, the unit's own claim, "–" for every TPI value), as PDF and as Word.

const bytesOf = async (download: Download) => readFile((await download.path())!);

test("TPI mengunduh LHE (PDF dan Word) penilaian final dan draf", async ({ page, makeUser, db }) => {
  const finalOperator = await makeUser({ role: "OPERATOR" });
  const draftOperator = await makeUser({ role: "OPERATOR" });
  const tpi = await makeUser({ role: "TPI" });
  const { period, assessments } = await openPeriodFor(db, [finalOperator.unitId!, draftOperator.unitId!]);
  const [reviewed, draft] = assessments as [(typeof assessments)[0], (typeof assessments)[0]];
  await answerAllBest(db, reviewed.id);
  await answerAllBest(db, draft.id);
  await db.$executeRaw`UPDATE "Answer" SET "tpiValue" = "unitValue" WHERE "assessmentId" = ${reviewed.id}::uuid`;
  await db.assessment.update({ where: { id: reviewed.id }, data: { state: "IN_REVIEW", submittedAt: new Date() } });
  await db.reviewAssignment.createMany({ data: [reviewed, draft].map((a) => ({ periodId: period.id, unitId: a.unitId, reviewerId: tpi.id, isLead: true })) });

  await signInByApi(page, tpi);
  await page.goto(`/tpi/penilaian/${reviewed.id}/mp`);
  await page.getByLabel("Rekomendasi perbaikan untuk area ini").fill("Evaluasi rencana kerja ZI tiap triwulan.");
  await page.getByRole("button", { name: "Simpan rekomendasi" }).click();
  await expect(page.getByText("Rekomendasi disimpan.")).toBeVisible();

  // Finalized by the ketua tim (the finalize form has its own journey): the stored result says Tabel 5 is not met.
  const failing = { rule: "totalMin", label: "Nilai total minimal 75", actual: 70.5, required: 75 };
  await db.assessment.update({
    where: { id: reviewed.id },
    data: {
      state: "FINAL",
      finalizedAt: new Date(),
      finalizedById: tpi.id,
      evaluation: { total: 70.5, pengungkit: 40, hasil: 30.5, areas: {}, predicate: null, result: null, holdsWbk: false, failingChecks: { WBK: [failing], WBBM: [failing] }, unmetPrerequisites: { WBK: ["sakipMinB"], WBBM: [] } },
      prerequisites: { tindakLanjutTemuan: true, lhkpnLhkasn: true, sakipMinB: false, sakipMinBB: false, ziMinimalSatuTahun: true },
    },
  });
  await page.goto(`/tpi/penilaian/${reviewed.id}`);
  await page.getByLabel("Nomor LHE").fill("700/88/LHE-ZI/2026");
  await page.getByRole("button", { name: "Simpan nomor dan tanggal" }).click();
  await expect(page.getByText("Nomor dan tanggal LHE disimpan.")).toBeVisible();

  const [finalPdf] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Unduh LHE (PDF)" }).click()]);
  expect(finalPdf.suggestedFilename()).toMatch(/^LHE-Unit-Uji-[0-9a-f]+-\d+\.pdf$/);
  const finalText = (await pdfText(await bytesOf(finalPdf))).text;
  expect(finalText).not.toContain("DRAF");
  expect(finalText).toContain("Nomor: 700/88/LHE-ZI/2026");
  expect(finalText).toContain("MP Manajemen Perubahan: Evaluasi rencana kerja ZI tiap triwulan.");
  expect(finalText).toContain(`Menuju WBK: Unit kerja ${finalOperator.unitName} belum memenuhi kriteria untuk diusulkan kepada TPN sebagai unit kerja Menuju WBK.`);
  expect(finalText).toContain("Rekomendasi: perbaikan dan pembinaan lebih lanjut.");
  expect(finalText).toContain(`${tpi.name} ${tpi.nip} Ketua Tim`);
  expect(finalText).not.toMatch(/Predikat(?: sementara \(Tabel 6\))?: /);

  const [finalDocx] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Unduh LHE (Word)" }).click()]);
  expect(finalDocx.suggestedFilename()).toMatch(/\.docx$/);
  const finalWord = await docxText(await bytesOf(finalDocx));
  expect(finalWord.watermark).toBeNull();
  expect(finalWord.text).not.toContain("DRAF");
  expect(finalWord.text).toContain("Nomor: 700/88/LHE-ZI/2026");
  expect(finalWord.text).toContain("Rekomendasi: perbaikan dan pembinaan lebih lanjut.");

  // The signed scan comes back as the LHE of record and is shown on the unit's page.
  await page.getByLabel("Pindaian LHE bertanda tangan (PDF)").setInputFiles({ name: "LHE ttd.pdf", mimeType: "application/pdf", buffer: await bytesOf(finalPdf) });
  await page.getByRole("button", { name: "Unggah LHE bertanda tangan" }).click();
  await expect(page.getByText("LHE bertanda tangan disimpan sebagai LHE resmi.")).toBeVisible();
  await expect(page.getByTestId("signed-lhe")).toContainText("LHE ttd.pdf");
  expect(await db.auditEvent.count({ where: { assessmentId: reviewed.id, action: "lhe.signed_upload" } })).toBe(1);

  const draftPdf = await page.request.get(`/api/exports/lhe/${draft.id}`);
  expect(draftPdf.status()).toBe(200);
  const { pages } = await pdfText(await draftPdf.body());
  for (const text of pages) expect(text).toContain("DRAF");
  const draftText = pages.join(" ");
  expect(draftText).toContain("Nilai unit (klaim unit)");
  expect(draftText).toMatch(/MP Manajemen Perubahan 8,00 8,00 100,00% – – ≥ batas WBBM/);
  expect(draftText).toMatch(/Nilai total 100,00 100,00 –/);
  expect(draftText).toContain("Simpulan sementara");
  const draftDocx = await page.request.get(`/api/exports/lhe/${draft.id}?format=docx`);
  expect(draftDocx.headers()["content-type"]).toBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
  const draftWord = await docxText(await draftDocx.body());
  expect(draftWord.watermark).toBe("DRAF");
  expect(draftWord.text).toContain("DRAF — penilaian ini belum final");
  expect(draftWord.text).toContain("Nilai total");
  expect(draftWord.text).toMatch(/Nilai total\n?100,00\n?100,00\n?–/);

  await page.context().clearCookies();
  await signInByApi(page, finalOperator);
  await page.goto(`/dasbor/unit/${finalOperator.unitId}?tahun=${period.year}`);
  await expect(page.getByTestId("signed-lhe")).toContainText("LHE ttd.pdf");
  await expect(page.getByRole("button", { name: "Unggah LHE bertanda tangan" })).toHaveCount(0);
  const signed = await page.request.get(`/api/lhe/${reviewed.id}/signed`);
  expect(signed.status()).toBe(200);
  expect(signed.headers()["content-type"]).toBe("application/pdf");
  expect((await signed.body()).subarray(0, 5).toString()).toBe("%PDF-");
});
