import { randomBytes } from "node:crypto";
import { DEMO_USERS } from "@/lib/seed/demo-data";
import { expect, signInByApi, test, TEST_PASSWORD } from "./fixtures";

// ADMIN manages units and users through the UI; each step is checked in the database.

test("admin menambah unit dan operatornya; isian salah ditandai, operator baru dapat masuk", async ({ page, makeUser, db, browser }) => {
  const admin = await makeUser({ role: "ADMIN" });
  await signInByApi(page, admin);
  const tag = randomBytes(3).toString("hex").toUpperCase();
  const unitName = `Kecamatan Uji ${tag}`;

  await page.goto("/admin/units/new");
  await page.getByLabel("Nama unit").fill(unitName);
  await page.getByLabel("Kode").fill(`KEC-${tag}`);
  await page.getByLabel("Jenis unit").selectOption("OPD");
  await page.getByRole("button", { name: "Simpan unit" }).click();
  await expect(page.getByText(`Unit “${unitName}” berhasil ditambahkan.`)).toBeVisible();
  const unit = await db.unit.findUniqueOrThrow({ where: { code: `KEC-${tag}` } });
  expect(await db.auditEvent.count({ where: { action: "unit.create", entityId: unit.id, actorId: admin.id } })).toBe(1);

  await page.goto("/admin/users/new");
  await page.getByLabel("Nama lengkap").fill("Operator Kecamatan");
  await page.getByLabel("NIP").fill("12345");
  await page.getByLabel("Peran").selectOption("OPERATOR");
  await page.getByLabel("Unit kerja").selectOption({ label: unitName });
  await page.getByLabel("Kata sandi awal").fill("lemah");
  await page.getByLabel("Ulangi kata sandi").fill("lemah");
  await page.getByRole("button", { name: "Simpan pengguna" }).click();
  await expect(page.getByText("NIP harus 18 digit angka")).toBeVisible();
  await expect(page.getByText("Kata sandi minimal 10 karakter")).toBeVisible();

  const taken = DEMO_USERS[0]!.nip;
  await page.getByLabel("NIP").fill(taken);
  await page.getByLabel("Kata sandi awal").fill(TEST_PASSWORD);
  await page.getByLabel("Ulangi kata sandi").fill(TEST_PASSWORD);
  await page.getByRole("button", { name: "Simpan pengguna" }).click();
  await expect(page.getByText("NIP ini sudah terdaftar untuk pengguna lain")).toBeVisible();
  expect(await db.user.count({ where: { name: "Operator Kecamatan", unitId: unit.id } })).toBe(0);

  const email = `op-${tag.toLowerCase()}@serang.demo`;
  await page.getByLabel("NIP").fill("");
  await page.getByLabel("E-mail").fill(email);
  await page.getByRole("button", { name: "Simpan pengguna" }).click();
  await expect(page.getByText("Pengguna “Operator Kecamatan” berhasil ditambahkan.")).toBeVisible();
  const created = await db.user.findUniqueOrThrow({ where: { email } });
  expect({ role: created.role, unitId: created.unitId }).toEqual({ role: "OPERATOR", unitId: unit.id });

  const operatorContext = await browser.newContext();
  const operatorPage = await operatorContext.newPage();
  await signInByApi(operatorPage, { email });
  await operatorPage.goto("/");
  await expect(operatorPage).toHaveURL(/\/opd$/);
  await expect(operatorPage.locator("#konten").getByText(unitName)).toBeVisible();
  await operatorContext.close();
});

test("admin membuka kunci akun dan menonaktifkan pengguna", async ({ page, makeUser, db }) => {
  const admin = await makeUser({ role: "ADMIN" });
  const target = await makeUser({ role: "PIMPINAN" });
  await db.user.update({ where: { id: target.id }, data: { lockedUntil: new Date(Date.now() + 10 * 60_000), failedLoginCount: 0 } });
  await signInByApi(page, admin);

  await page.goto(`/admin/users/${target.id}`);
  await expect(page.getByText(/Terkunci sampai/)).toBeVisible();
  await page.getByRole("button", { name: "Buka kunci akun" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Ya, buka kunci" }).click();
  await expect(page.getByText(`Akun “${target.name}” tidak terkunci lagi.`)).toBeVisible();
  expect((await db.user.findUniqueOrThrow({ where: { id: target.id } })).lockedUntil).toBeNull();

  await page.getByRole("button", { name: "Nonaktifkan akun" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Ya, nonaktifkan" }).click();
  await expect(page.getByText(`Akun “${target.name}” dinonaktifkan.`)).toBeVisible();
  expect((await db.user.findUniqueOrThrow({ where: { id: target.id } })).active).toBe(false);
  expect(await db.auditEvent.count({ where: { entityId: target.id, action: { in: ["user.unlock", "user.deactivate"] } } })).toBe(2);
});

test("selain admin ditolak di halaman pengelolaan", async ({ page, makeUser }) => {
  const operator = await makeUser({ role: "OPERATOR" });
  await signInByApi(page, operator);
  for (const path of ["/admin/units", "/admin/users", "/admin/users/new", `/admin/users/${operator.id}`]) {
    await page.goto(path);
    await expect(page).toHaveURL(/\/akses-ditolak$/);
  }
});
