import { SIGN_IN_FAILED } from "@/lib/auth/schemas";
import { DEMO_PASSWORD, DEMO_USERS } from "@/lib/seed/demo-data";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";

// Next.js has its own (empty) role="alert" route announcer; the form's alert is inside the form.
const formAlert = (page: Page) => page.locator("form").getByRole("alert");

// The one spec that uses the login form itself; the others sign in through the API.

const HOME = { ADMIN: /\/admin$/, OPERATOR: /\/opd$/, TPI: /\/tpi$/, PIMPINAN: /\/pimpinan$/ } as const;

test.describe("masuk dengan formulir", () => {
  for (const role of ["ADMIN", "OPERATOR", "TPI", "PIMPINAN"] as const) {
    test(`akun demo ${role} masuk dan sampai di zonanya`, async ({ page }) => {
      const demo = DEMO_USERS.find((u) => u.role === role)!;
      await page.goto("/login");
      await page.getByLabel("NIP atau e-mail").fill(role === "OPERATOR" ? demo.nip : demo.email);
      await page.getByLabel("Kata sandi").fill(DEMO_PASSWORD);
      await page.getByRole("button", { name: "Masuk" }).click();
      await expect(page).toHaveURL(HOME[role]);
      await expect(page.getByTestId("current-user")).toContainText(demo.name);
    });
  }

  test("kata sandi salah memberi pesan yang jelas dan tercatat di jejak audit", async ({ page, makeUser, db }) => {
    const user = await makeUser({ role: "PIMPINAN" });
    await page.goto("/login");
    await page.getByLabel("NIP atau e-mail").fill(user.email);
    await page.getByLabel("Kata sandi").fill("SalahSekali123");
    await page.getByRole("button", { name: "Masuk" }).click();
    await expect(formAlert(page)).toHaveText(SIGN_IN_FAILED);
    await expect(page.getByLabel("NIP atau e-mail")).toHaveValue(user.email);
    const failures = await db.auditEvent.count({ where: { entityId: user.id, action: "auth.sign_in_failed" } });
    expect(failures).toBe(1);
  });

  test("mode demo diperingatkan di halaman masuk", async ({ page }) => {
    await page.goto("/login");
    await expect(page.getByRole("note")).toContainText("Mode demo");
  });

  test("isian kosong ditandai per kolom", async ({ page }) => {
    await page.goto("/login");
    await page.getByRole("button", { name: "Masuk" }).click();
    await expect(page.locator("#identifier-error")).toHaveText("Isi NIP atau e-mail");
    await expect(page.locator("#password-error")).toHaveText("Isi kata sandi");
    await expect(page.getByLabel("NIP atau e-mail")).toHaveAttribute("aria-describedby", "identifier-error");
  });

  test("lima kegagalan berturut-turut mengunci akun 15 menit", async ({ page, makeUser, db }) => {
    const user = await makeUser({ role: "TPI" });
    await page.goto("/login");
    for (let i = 0; i < 5; i++) {
      await page.getByLabel("NIP atau e-mail").fill(user.nip);
      await page.getByLabel("Kata sandi").fill(`Salah${i}Sekali123`);
      await page.getByRole("button", { name: "Masuk" }).click();
      await expect.poll(() => db.auditEvent.count({ where: { entityId: user.id, action: "auth.sign_in_failed" } })).toBe(i + 1);
      await expect(page.getByRole("button", { name: "Masuk" })).toBeEnabled();
      await expect(formAlert(page)).toBeVisible();
    }
    // The same answer as for any failure (no account enumeration); the lock is in the database.
    await expect(formAlert(page)).toHaveText(SIGN_IN_FAILED);
    const locked = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { lockedUntil: true } });
    expect(locked.lockedUntil!.getTime()).toBeGreaterThan(Date.now() + 14 * 60_000);
  });

  test("keluar mengakhiri sesi", async ({ page }) => {
    const demo = DEMO_USERS.find((u) => u.role === "PIMPINAN")!;
    await page.goto("/login");
    await page.getByLabel("NIP atau e-mail").fill(demo.email);
    await page.getByLabel("Kata sandi").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Masuk" }).click();
    await expect(page).toHaveURL(/\/pimpinan$/);
    await page.getByRole("button", { name: "Keluar" }).click();
    await expect(page).toHaveURL(/\/login/);
    await page.goto("/pimpinan");
    await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fpimpinan/);
  });
});
