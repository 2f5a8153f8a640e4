import { expect, signInByApi, test } from "./fixtures";

// Every role sees its own zone and is refused the others, on the server.

const ZONES = { ADMIN: "/admin", OPERATOR: "/opd", TPI: "/tpi", PIMPINAN: "/pimpinan" } as const;
const ROLES = Object.keys(ZONES) as (keyof typeof ZONES)[];

for (const role of ROLES) {
  test(`${role} hanya masuk ke zonanya sendiri`, async ({ page, makeUser }) => {
    const user = await makeUser({ role });
    await signInByApi(page, user);
    await page.goto("/");
    await expect(page).toHaveURL(new RegExp(`${ZONES[role]}$`));
    for (const other of ROLES.filter((r) => r !== role)) {
      await page.goto(ZONES[other]);
      await expect(page).toHaveURL(/\/akses-ditolak$/);
      await expect(page.getByRole("heading", { name: "Akses ditolak" })).toBeVisible();
    }
  });
}

test("tanpa sesi, setiap zona mengarah ke halaman masuk", async ({ page }) => {
  for (const path of Object.values(ZONES)) {
    await page.goto(path);
    await expect(page).toHaveURL(/\/login\?callbackUrl=/);
  }
});

test("akun yang dinonaktifkan kehilangan akses walau sesinya masih ada", async ({ page, makeUser, db }) => {
  const user = await makeUser({ role: "PIMPINAN" });
  await signInByApi(page, user);
  await page.goto("/pimpinan");
  await expect(page.getByRole("heading", { name: "Dasbor Zona Integritas" })).toBeVisible();
  await db.user.update({ where: { id: user.id }, data: { active: false } });
  await page.goto("/pimpinan");
  await expect(page).toHaveURL(/\/login/);
});

test("operator hanya melihat penilaian unitnya sendiri", async ({ page, makeUser, db }) => {
  const mine = await makeUser({ role: "OPERATOR" });
  const other = await makeUser({ role: "OPERATOR" });
  const year = 3000 + Math.floor(Math.random() * 5000);
  const period = await db.period.create({
    data: { year, name: `Evaluasi ZI Tahun ${year}`, lkeVersionId: "pm90-2021", deadline: new Date(Date.UTC(year, 4, 31)) },
  });
  await db.assessment.createMany({ data: [{ periodId: period.id, unitId: mine.unitId! }, { periodId: period.id, unitId: other.unitId!, state: "SUBMITTED" }] });

  await signInByApi(page, mine);
  await page.goto("/opd");
  const content = page.locator("#konten");
  await expect(content.getByText(mine.unitName!)).toBeVisible();
  await expect(content.getByText(`Evaluasi ZI Tahun ${year}`)).toBeVisible();
  await expect(content.getByText(/Status: Draf/)).toBeVisible();
  await expect(content.getByText(/Status: Diajukan/)).toHaveCount(0);
  await expect(page.getByText(other.unitName!)).toHaveCount(0);
});
