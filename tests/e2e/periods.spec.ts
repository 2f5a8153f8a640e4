import { expect, signInByApi, test } from "./fixtures";

test("admin membuka periode untuk unit pilihan, operatornya mendapat LKE draf, lalu admin menutupnya", async ({ page, makeUser, db, browser }) => {
  const admin = await makeUser({ role: "ADMIN" });
  const operator = await makeUser({ role: "OPERATOR" });
  // The form accepts years up to 2100; other specs create their periods (years 3000+) directly.
  let year = 2031 + Math.floor(Math.random() * 60);
  while (await db.period.findUnique({ where: { year } })) year += 1;
  await signInByApi(page, admin);

  await page.goto("/admin/periods/new");
  await page.getByLabel("Tahun evaluasi").fill(String(year));
  await page.getByLabel("Batas waktu pengisian").fill("2030-05-31");
  await page.getByLabel("Versi LKE").selectOption("pm90-2021");
  await page.getByRole("button", { name: "Buka periode" }).click();
  await expect(page.getByText("Pilih minimal satu unit")).toBeVisible();

  await page.getByLabel(operator.unitName!).check();
  await page.getByRole("button", { name: "Buka periode" }).click();
  await expect(page).toHaveURL(/\/admin\/periods\/[0-9a-f-]{36}$/);
  const period = await db.period.findUniqueOrThrow({ where: { year }, include: { assessments: true } });
  expect(period.deadline.toISOString()).toBe("2030-05-31T16:59:59.999Z");
  expect(period.assessments.map((a) => ({ unitId: a.unitId, state: a.state }))).toEqual([{ unitId: operator.unitId, state: "DRAFT" }]);

  const operatorContext = await browser.newContext({ baseURL: test.info().project.use.baseURL });
  const operatorPage = await operatorContext.newPage();
  await signInByApi(operatorPage, operator);
  await operatorPage.goto("/opd");
  await expect(operatorPage.getByRole("link", { name: `Evaluasi Zona Integritas Tahun ${year}` })).toBeVisible();

  await page.getByRole("button", { name: "Tutup periode" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Ya, tutup periode" }).click();
  await expect(page.getByText(`Periode “${period.name}” ditutup.`)).toBeVisible();
  await operatorPage.goto(`/opd/penilaian/${period.assessments[0]!.id}/mp`);
  await expect(operatorPage.getByRole("note")).toHaveText("Periode evaluasi sudah ditutup; isian tidak dapat diubah lagi.");
  await operatorContext.close();
});
