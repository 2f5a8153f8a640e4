import { expect, signInByApi, test } from "./fixtures";
import { answerAllBut, openPeriodFor } from "./assessment-fixture";

const PDF = Buffer.from("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n");

test("operator mengisi LKE: semua jenis jawaban, bukti dukung, nilai berubah, tersimpan setelah dimuat ulang, lalu diajukan", async ({ page, makeUser, db }) => {
  const operator = await makeUser({ role: "OPERATOR" });
  const { assessments } = await openPeriodFor(db, [operator.unitId!]);
  const assessment = assessments[0]!;
  await signInByApi(page, operator);

  await page.goto("/opd");
  await page.getByRole("link", { name: /Evaluasi ZI Tahun/ }).click();
  await expect(page.getByTestId("score-total")).toHaveText("0,00");
  await expect(page.getByTestId("predicate")).toHaveText("Belum memenuhi syarat Menuju WBK");
  await page.getByRole("link", { name: /Manajemen Perubahan/ }).click();
  await expect(page.locator("[data-ready=true]")).toBeVisible();

  const status = page.getByTestId("autosave-status");
  const q1 = page.locator("#q-A\\.I\\.1\\.i\\.a");
  await q1.getByLabel(/^Ya\./).check();
  await expect(q1.getByTestId("save-state")).toContainText("tersimpan");
  await expect(status).toHaveText("Semua perubahan tersimpan");
  await expect(page.getByTestId("live-score")).toContainText("Nilai total 0,25");

  const q2 = page.locator("#q-A\\.I\\.1\\.i\\.b");
  await q2.getByLabel(/^A\./).check();
  await expect(q2.getByTestId("save-state")).toContainText("tersimpan");

  const percent = page.locator("#q-A\\.II\\.1\\.i\\.a");
  await percent.getByLabel("Jumlah Agen Perubahan").fill("10");
  await percent.getByLabel("Jumlah Perubahan yang dibuat").fill("7");
  await expect(percent.getByTestId("value-A.II.1.i.a")).toHaveText("Nilai jawaban: 70,00%");
  await percent.getByLabel("Jumlah Perubahan yang dibuat").fill("-3");
  await expect(percent.getByText("Isi bilangan bulat 0 atau lebih")).toBeVisible();

  await q1.getByLabel("Pilih berkas").setInputFiles({ name: "SK Tim ZI.pdf", mimeType: "application/pdf", buffer: PDF });
  await expect(q1.getByRole("link", { name: /SK Tim ZI\.pdf/ })).toBeVisible();

  await page.goto(`/opd/penilaian/${assessment.id}/hasil`);
  await expect(page.locator("[data-ready=true]")).toBeVisible();
  const survey = page.locator("#q-B\\.I\\.a\\.a");
  await survey.getByLabel(/Indeks hasil survei/).fill("3,8");
  await expect(survey.getByTestId("save-state")).toContainText("tersimpan");

  await page.goto(`/opd/penilaian/${assessment.id}/mp`);
  await expect(q1.getByLabel(/^Ya\./)).toBeChecked();
  await expect(percent.getByLabel("Jumlah Perubahan yang dibuat")).toHaveValue("7");
  await expect(q1.getByRole("link", { name: /SK Tim ZI\.pdf/ })).toBeVisible();
  const stored = await db.answer.findMany({ where: { assessmentId: assessment.id }, orderBy: { questionCode: "asc" }, select: { questionCode: true, unitValue: true } });
  expect(stored).toEqual([
    { questionCode: "A.I.1.i.a", unitValue: "YA" },
    { questionCode: "A.I.1.i.b", unitValue: "A" },
    { questionCode: "A.II.1.i.a", unitValue: { jumlah_agen_perubahan: 10, jumlah_perubahan_dibuat: 7 } },
    { questionCode: "B.I.a.a", unitValue: 3.8 },
  ]);
  expect(await db.evidence.count({ where: { assessmentId: assessment.id, questionCode: "A.I.1.i.a", mimeType: "application/pdf" } })).toBe(1);

  await page.goto(`/opd/penilaian/${assessment.id}/ajukan`);
  await expect(page.getByRole("heading", { name: /109 pertanyaan belum dijawab/ })).toBeVisible();
  await expect(page.getByRole("button", { name: "Ajukan LKE ke TPI" })).toBeDisabled();

  await answerAllBut(db, assessment.id, ["A.I.1.i.a", "A.I.1.i.b", "A.II.1.i.a", "B.I.a.a"]);
  await page.reload();
  await expect(page.getByRole("heading", { name: "Semua pertanyaan sudah dijawab" })).toBeVisible();
  await page.getByRole("button", { name: "Ajukan LKE ke TPI" }).dblclick();
  await expect(page.getByTestId("assessment-state")).toHaveText("Diajukan");
  expect(await db.auditEvent.count({ where: { action: "assessment.submit", assessmentId: assessment.id } })).toBe(1);
  // The web server's sequencer (instrumentation.ts) links the unit's events into the audit chain soon after commit.
  await expect.poll(() => db.auditEvent.count({ where: { assessmentId: assessment.id, seq: null } }), { timeout: 15_000 }).toBe(0);
  expect(await db.auditEvent.count({ where: { assessmentId: assessment.id, seq: { not: null } } })).toBeGreaterThanOrEqual(6);

  await page.goto(`/opd/penilaian/${assessment.id}/mp`);
  await expect(q1.getByLabel(/^Ya\./)).toBeDisabled();
});

test("operator OPD lain ditolak: halaman, aksi, dan berkas bukti dukung", async ({ page, makeUser, db }) => {
  const owner = await makeUser({ role: "OPERATOR" });
  const intruder = await makeUser({ role: "OPERATOR" });
  const { assessments } = await openPeriodFor(db, [owner.unitId!, intruder.unitId!]);
  const victim = assessments[0]!;
  const own = assessments[1]!;
  await signInByApi(page, owner);
  await page.goto(`/opd/penilaian/${victim.id}/mp`);
  await expect(page.locator("[data-ready=true]")).toBeVisible();
  await page.locator("#q-A\\.I\\.1\\.i\\.a").getByLabel("Pilih berkas").setInputFiles({ name: "rahasia.pdf", mimeType: "application/pdf", buffer: PDF });
  await expect(page.getByRole("link", { name: /rahasia\.pdf/ })).toBeVisible();
  const evidence = await db.evidence.findFirstOrThrow({ where: { assessmentId: victim.id } });
  await page.context().clearCookies();

  await signInByApi(page, intruder);
  for (const path of [`/opd/penilaian/${victim.id}`, `/opd/penilaian/${victim.id}/mp`, `/opd/penilaian/${victim.id}/ajukan`]) {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
  }
  expect((await page.request.get(`/api/evidence/${evidence.id}`)).status()).toBe(404);

  // The intruder's own page, with the server action's request rewritten to target the victim.
  await page.route(`**/opd/penilaian/${own.id}/mp`, async (route) => {
    const request = route.request();
    if (request.method() !== "POST") return route.continue();
    await route.continue({ postData: (request.postData() ?? "").replaceAll(own.id, victim.id) });
  });
  await page.goto(`/opd/penilaian/${own.id}/mp`);
  await expect(page.locator("[data-ready=true]")).toBeVisible();
  const q = page.locator("#q-A\\.I\\.1\\.i\\.a");
  await q.getByLabel(/^Ya\./).check();
  await expect(q.getByTestId("save-state")).toContainText("Penilaian tidak ditemukan atau bukan milik unit Anda.");
  expect(await db.answer.count({ where: { assessmentId: victim.id } })).toBe(0);
});
