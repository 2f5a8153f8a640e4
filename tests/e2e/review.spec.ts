import { expect, signInByApi, test } from "./fixtures";
import { answerAllBut, openPeriodFor } from "./assessment-fixture";

test("admin menugaskan ketua tim; TPI menilai: mengubah jawaban, menandai perlu perbaikan, menerima satu indikator; TPI lain ditolak", async ({ page, makeUser, db }) => {
  const admin = await makeUser({ role: "ADMIN" });
  const operator = await makeUser({ role: "OPERATOR" });
  const tpi = await makeUser({ role: "TPI" });
  const stranger = await makeUser({ role: "TPI" });
  const { period, assessments } = await openPeriodFor(db, [operator.unitId!]);
  const assessment = assessments[0]!;
  await answerAllBut(db, assessment.id, []);
  // The unit rates itself best on the first indicator of Manajemen Perubahan, then submits.
  await db.answer.update({ where: { assessmentId_questionCode: { assessmentId: assessment.id, questionCode: "A.I.1.i.a" } }, data: { unitValue: "YA" } });
  await db.answer.update({ where: { assessmentId_questionCode: { assessmentId: assessment.id, questionCode: "A.I.1.i.b" } }, data: { unitValue: "A", unitNote: "SK Tim ZI terlampir" } });
  await db.assessment.update({ where: { id: assessment.id }, data: { state: "SUBMITTED", submittedAt: new Date() } });

  await signInByApi(page, admin);
  await page.goto(`/admin/assignments?period=${period.id}`);
  const card = page.getByTestId("assignment-unit").filter({ hasText: operator.unitName! });
  await card.getByLabel("Anggota TPI").selectOption(tpi.id);
  await card.getByLabel("Sebagai ketua tim").check();
  await card.getByRole("button", { name: "Tugaskan" }).click();
  await expect(card.getByText(tpi.name, { exact: true })).toBeVisible();
  await expect(card.getByText("Ketua tim", { exact: true })).toBeVisible();
  expect(await db.reviewAssignment.findMany({ where: { periodId: period.id }, select: { reviewerId: true, isLead: true } })).toEqual([{ reviewerId: tpi.id, isLead: true }]);

  await page.context().clearCookies();
  await signInByApi(page, tpi);
  await page.goto("/tpi");
  const item = page.getByTestId("inbox-item").filter({ hasText: operator.unitName! });
  await expect(item.getByText("Ketua tim")).toBeVisible();
  await expect(item.getByTestId("inbox-tpi-total")).toHaveText("0,00");
  await item.getByRole("link", { name: operator.unitName! }).click();
  await expect(page.getByTestId("unreviewed-count")).toContainText("113 pertanyaan belum dinilai");
  await page.getByRole("link", { name: "Manajemen Perubahan" }).first().click();

  const q1 = page.locator("#q-A\\.I\\.1\\.i\\.a");
  const q2 = page.locator("#q-A\\.I\\.1\\.i\\.b");
  await expect(q2.getByTestId("unit-answer-A.I.1.i.b")).toContainText("A.");
  await expect(q2.getByText("SK Tim ZI terlampir")).toBeVisible();
  await expect(q1.getByTestId("unreviewed")).toBeVisible();
  await page.locator('section[aria-labelledby="ind-A.I.1.i"]').getByRole("button", { name: /Terima jawaban unit untuk indikator ini \(2\)/ }).click();
  await expect(q1.getByTestId("unreviewed")).toHaveCount(0);
  await expect(q2.getByTestId("unreviewed")).toHaveCount(0);

  await q1.getByLabel(/^Tidak\./).check();
  await expect(q1.getByTestId("save-state")).toContainText("tersimpan");
  await q2.getByLabel("Catatan TPI (opsional)").fill("SK belum ditandatangani kepala dinas");
  await q2.getByLabel("Perlu perbaikan oleh unit").check();
  await expect(q2.getByTestId("save-state")).toContainText("tersimpan");
  await expect(page.getByTestId("autosave-status")).toHaveText("Semua perubahan tersimpan");

  const row = (code: string) => db.answer.findUniqueOrThrow({ where: { assessmentId_questionCode: { assessmentId: assessment.id, questionCode: code } }, select: { unitValue: true, tpiValue: true, tpiNote: true, tpiFlag: true } });
  await expect.poll(() => row("A.I.1.i.b")).toEqual({ unitValue: "A", tpiValue: "A", tpiNote: "SK belum ditandatangani kepala dinas", tpiFlag: true });
  expect(await row("A.I.1.i.a")).toMatchObject({ unitValue: "YA", tpiValue: "TIDAK", tpiFlag: false });
  expect((await db.assessment.findUniqueOrThrow({ where: { id: assessment.id } })).state).toBe("IN_REVIEW");

  await page.goto(`/tpi/penilaian/${assessment.id}`);
  await expect(page.getByTestId("unreviewed-count")).toContainText("111 pertanyaan belum dinilai");
  await expect(page.getByTestId("unreviewed-count")).toContainText("1 ditandai perlu perbaikan");
  const unitTotal = await page.getByTestId("unit-total").textContent();
  await expect(page.getByTestId("tpi-total")).not.toHaveText(unitTotal ?? "");

  await page.context().clearCookies();
  await signInByApi(page, stranger);
  const refused = await page.goto(`/tpi/penilaian/${assessment.id}`);
  expect(refused?.status()).toBe(404);
  const refusedSection = await page.goto(`/tpi/penilaian/${assessment.id}/mp`);
  expect(refusedSection?.status()).toBe(404);
});
