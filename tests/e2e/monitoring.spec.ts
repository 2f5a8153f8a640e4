import { docxText, pdfText } from "@/lib/lhe/test-support";
import { dateInZone } from "@/lib/instansi/time-zone";
import { answerAllBest, openPeriodFor } from "./assessment-fixture";
import { expect, signInByApi, test } from "./fixtures";

// Issue 14, after the predicate: the TPI's two-yearly monitoring of a predicate holder
// (PermenPAN-RB 90/2021 Lampiran II Bab IV A, pages 61–62, Gambar 10) as an assessment in the
// portal. ADMIN opens it for a WBK holder in an open period; the unit sees that its LKE is a
// monitoring; the TPI sees it in the inbox and the ketua finalizes; the report appears with its
// conclusion, ADMIN numbers the letter and downloads it; the unit page and the Bupati's dashboard
// show the last monitoring.

test("monitoring pemegang predikat: admin membuka penilaian, unit mengisi, ketua TPI memfinalkan, surat laporan diberi nomor", async ({ page, browser, makeUser, db }) => {
  test.setTimeout(180_000);
  const admin = await makeUser({ role: "ADMIN" });
  const operator = await makeUser({ role: "OPERATOR" });
  const lead = await makeUser({ role: "TPI" });
  const unitName = operator.unitName!;
  const { period } = await openPeriodFor(db, []);
  const predicate = await db.unitPredicate.create({
    data: { unitId: operator.unitId!, year: 2024, predicate: "WBK", source: "TPN", decreeNumber: "KEP-MENPANRB/2024/ZI-55", decreeDate: new Date("2024-12-10T00:00:00Z"), createdById: admin.id },
  });
  await db.reviewAssignment.create({ data: { periodId: period.id, unitId: operator.unitId!, reviewerId: lead.id, isLead: true } });

  // ADMIN opens the monitoring assessment in the open period.
  await signInByApi(page, admin);
  await page.goto("/admin/usulan");
  const item = page.getByTestId("monitoring-due").filter({ hasText: unitName });
  await expect(item).toContainText("Menuju WBK 2024");
  await expect(item).toContainText("belum pernah dimonitor");
  await item.getByLabel("Periode penilaian monitoring").selectOption({ label: period.name });
  await item.getByRole("button", { name: "Buka penilaian monitoring" }).click();
  await expect(item.getByText("Penilaian monitoring dibuka: unit kini mengisi LKE-nya pada periode ini.")).toBeVisible();
  await expect(item.getByTestId("monitoring-in-progress")).toContainText(`${period.name}: Draf`);
  const assessment = await db.assessment.findUniqueOrThrow({ where: { periodId_unitId: { periodId: period.id, unitId: operator.unitId! } } });
  expect(assessment).toMatchObject({ state: "DRAFT", monitoredPredicateId: predicate.id });
  expect(await db.auditEvent.count({ where: { action: "predicate.open_monitoring", assessmentId: assessment.id, actorId: admin.id } })).toBe(1);

  // The unit sees that this LKE is a monitoring of its predicate.
  const unit = await browser.newPage();
  await signInByApi(unit, operator);
  await unit.goto("/opd");
  await expect(unit.getByText("Monitoring predikat Menuju WBK 2024")).toBeVisible();
  await unit.getByRole("link", { name: period.name }).click();
  await expect(unit.getByTestId("monitoring-notice")).toContainText("Unit Anda memegang predikat Menuju WBK 2024 (KEP-MENPANRB/2024/ZI-55)");
  await unit.close();

  // The unit's answers and the TPI's values (the filling and reviewing have journeys of their own).
  await answerAllBest(db, assessment.id);
  const answers = await db.answer.findMany({ where: { assessmentId: assessment.id }, select: { id: true, unitValue: true } });
  for (const a of answers) await db.answer.update({ where: { id: a.id }, data: { tpiValue: a.unitValue ?? undefined } });
  await db.assessment.update({ where: { id: assessment.id }, data: { state: "IN_REVIEW", submittedAt: new Date() } });

  // The ketua tim sees the monitoring in the inbox and on the review page, and finalizes.
  const tpi = await browser.newPage();
  await signInByApi(tpi, lead);
  await tpi.goto("/tpi");
  await expect(tpi.getByTestId("inbox-item").filter({ hasText: unitName })).toContainText("Monitoring Menuju WBK 2024");
  await tpi.goto(`/tpi/penilaian/${assessment.id}`);
  await expect(tpi.getByTestId("monitoring-notice")).toContainText("dibandingkan dengan kriteria Menuju WBK pada Tabel 6");
  await tpi.getByRole("button", { name: "Finalkan penilaian" }).click();
  await tpi.getByRole("dialog").getByRole("button", { name: "Finalkan" }).click();
  await expect.poll(async () => (await db.assessment.findUniqueOrThrow({ where: { id: assessment.id } })).state).toBe("FINAL");
  await tpi.close();

  // The report is there with its conclusion; ADMIN numbers the letter and downloads it.
  const report = await db.predicateMonitoring.findUniqueOrThrow({ where: { assessmentId: assessment.id } });
  expect(report).toMatchObject({ predicateId: predicate.id, conclusion: "MASIH_MEMENUHI", reportNumber: null, recordedById: lead.id });
  await page.reload();
  const line = item.getByTestId("monitoring-report");
  await expect(line).toContainText("masih memenuhi kriteria");
  await expect(line).toContainText("surat belum bernomor");
  await expect(item.getByTestId("monitoring-in-progress")).toHaveCount(0);
  // The period is monitored now: it is no longer offered for this predicate.
  await expect(item.locator("option", { hasText: period.name })).toHaveCount(0);
  await line.getByText(/Lengkapi surat laporan/).click();
  const form = line.getByRole("form", { name: /Surat laporan monitoring/ });
  await expect(form.getByLabel(/Catatan hasil monitoring/)).toHaveValue(/Seluruh kriteria Menuju WBK pada Tabel 6 masih terpenuhi\./);
  // A date after today is refused in Bahasa Indonesia and nothing is saved.
  await form.getByLabel("Nomor surat laporan").fill("700/31-Org/2026");
  await form.getByLabel("Tanggal surat laporan").fill("2999-01-01");
  await form.getByRole("button", { name: "Simpan surat laporan" }).click();
  await expect(form.getByText("Tanggal laporan tidak boleh setelah hari ini")).toBeVisible();
  expect((await db.predicateMonitoring.findUniqueOrThrow({ where: { id: report.id } })).reportNumber).toBeNull();
  const today = dateInZone(new Date(), "WIB");
  await form.getByLabel("Tanggal surat laporan").fill(today);
  await form.getByRole("button", { name: "Simpan surat laporan" }).click();
  await expect(line).toContainText("nomor 700/31-Org/2026");
  expect(await db.predicateMonitoring.findUniqueOrThrow({ where: { id: report.id } })).toMatchObject({ reportNumber: "700/31-Org/2026" });

  const pdf = await page.request.get(`/api/usulan/monitoring/${report.id}/laporan.pdf`);
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  const pdfWords = (await pdfText(await pdf.body())).text.replace(/\s+/g, " ");
  expect(pdfWords).toContain("700/31-Org/2026");
  expect(pdfWords).toContain(`${unitName} masih memenuhi kriteria Menuju Wilayah Bebas dari Korupsi (WBK)`);
  const docx = await page.request.get(`/api/usulan/monitoring/${report.id}/laporan.docx`);
  expect((await docxText(await docx.body())).text.replace(/\s+/g, " ")).toContain("Seluruh kriteria Menuju WBK pada Tabel 6 masih terpenuhi.");

  // The unit page shows the last monitoring of the predicate.
  await page.goto(`/dasbor/unit/${operator.unitId}`);
  await expect(page.getByTestId("predicate-entry").filter({ hasText: "Menuju WBK 2024" }).getByTestId("predicate-monitoring")).toContainText("masih memenuhi kriteria");

  // The Bupati sees the predicate holders and their latest monitoring on the dashboard.
  const bupati = await makeUser({ role: "PIMPINAN" });
  const leader = await browser.newPage();
  await signInByApi(leader, bupati);
  await leader.goto("/pimpinan");
  await expect(leader.getByTestId("monitoring-summary").getByRole("listitem").filter({ hasText: `${unitName} — Menuju WBK 2024` })).toContainText("masih memenuhi kriteria");
  await leader.close();
});
