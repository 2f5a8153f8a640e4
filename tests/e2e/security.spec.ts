import type { APIRequestContext, Browser, Page } from "@playwright/test";
import { SIGN_IN_FAILED } from "@/lib/auth/schemas";
import { answerAllBest, openPeriodFor } from "./assessment-fixture";
import { expect, signInByApi, test, TEST_PASSWORD } from "./fixtures";

// The security findings of issue 11, each against the built server over real HTTP.

const formAlert = (page: Page) => page.locator("form").getByRole("alert");
const origin = () => new URL(process.env.E2E_BASE_URL!).origin;

/** POSTs to Auth.js's credentials endpoint; returns where it redirects to. */
async function credentialsPost(request: APIRequestContext, identifier: string, password: string, callbackUrl = "/") {
  const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const response = await request.post("/api/auth/callback/credentials", { form: { csrfToken, identifier, password, callbackUrl }, maxRedirects: 0 });
  expect(response.status()).toBe(302);
  return response.headers()["location"] ?? "";
}

/** A second browser holding a copy of the page's cookies, as a thief would. */
async function copyOfSession(browser: Browser, page: Page) {
  const thief = await browser.newContext({ baseURL: origin() });
  await thief.addCookies(await page.context().cookies());
  return thief;
}

test.describe("pengalihan setelah masuk tetap di portal", () => {
  for (const hostile of ["/\t/evil.example", "//evil.example", "/\\evil.example", "https://evil.example/"]) {
    test(`callbackUrl ${JSON.stringify(hostile)} lewat formulir dan lewat Auth.js`, async ({ page, makeUser }) => {
      const user = await makeUser({ role: "PIMPINAN" });
      await page.goto(`/login?callbackUrl=${encodeURIComponent(hostile)}`);
      await expect(page.locator("input[name=callbackUrl]")).toHaveValue("/");
      // The action must not trust the hidden field either: put the hostile value back.
      await page.locator("input[name=callbackUrl]").evaluate((input, value) => ((input as HTMLInputElement).value = value), hostile);
      await page.getByLabel("NIP atau e-mail").fill(user.email);
      await page.getByLabel("Kata sandi").fill(TEST_PASSWORD);
      await page.getByRole("button", { name: "Masuk" }).click();
      await expect(page).toHaveURL(/\/pimpinan$/);
      await expect(page.getByTestId("current-user")).toContainText(user.name);

      const other = await makeUser({ role: "PIMPINAN" });
      const location = new URL(await credentialsPost(page.context().request, other.email, TEST_PASSWORD, hostile), origin());
      expect(location.port).toBe(new URL(origin()).port);
      expect(location.hostname).not.toContain("evil");
      expect(location.pathname).toBe("/");
    });
  }
});

test.describe("kode persen rusak di alamat: 400/404, bukan 500", () => {
  for (const path of ["/api/evidence/%", "/api/exports/lke/%", "/api/exports/lhe/%", "/api/exports/period/%"]) {
    test(`API ${path} menjawab 400`, async ({ request }) => {
      const response = await request.get(path);
      expect(response.status()).toBe(400);
      expect(await response.text()).toContain("Alamat tidak valid");
    });
  }

  test("halaman dengan parameter menjawab 404 dengan halaman portal, masuk maupun belum", async ({ page, request, makeUser }) => {
    const paths = ["/riwayat/%", "/dasbor/unit/%", "/opd/penilaian/%", "/opd/penilaian/%/mp", "/tpi/penilaian/%", "/admin/users/%", "/admin/units/%", "/admin/periods/%"];
    for (const path of paths) {
      const response = await request.get(path, { maxRedirects: 0 });
      expect(response.status(), path).toBe(404);
      expect(await response.text()).toContain("Halaman tidak ditemukan");
    }
    await signInByApi(page, await makeUser({ role: "ADMIN" }));
    const signedIn = await page.goto("/riwayat/%");
    expect(signedIn?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Halaman tidak ditemukan" })).toBeVisible();
  });
});

test.describe("sesi berakhir sungguh-sungguh", () => {
  test("cookie yang disalin sebelum keluar ditolak setelah keluar", async ({ page, browser, makeUser, db }) => {
    test.slow(); // two browsers
    const user = await makeUser({ role: "PIMPINAN" });
    await signInByApi(page, user);
    await page.goto("/pimpinan");
    const thief = await copyOfSession(browser, page);
    const stolen = await thief.newPage();
    await stolen.goto("/pimpinan");
    await expect(stolen).toHaveURL(/\/pimpinan$/);

    await page.getByRole("button", { name: "Keluar" }).click();
    await expect(page).toHaveURL(/\/login/);
    await stolen.goto("/pimpinan");
    await expect(stolen).toHaveURL(/\/login/);
    expect(await db.auditEvent.count({ where: { entityId: user.id, action: "auth.sign_out" } })).toBe(1);
    await thief.close();
  });

  test("cookie yang disalin sebelum admin mengatur ulang kata sandi ditolak sesudahnya", async ({ page, browser, makeUser }) => {
    test.slow(); // two browsers, two roles
    const operator = await makeUser({ role: "OPERATOR" });
    const admin = await makeUser({ role: "ADMIN" });
    const victim = await browser.newContext({ baseURL: origin() });
    const victimPage = await victim.newPage();
    await signInByApi(victimPage, operator);
    await victimPage.goto("/opd");
    await expect(victimPage.getByTestId("current-user")).toContainText(operator.name);
    // Signed in: an operator may not download the period CSV (403), which needs a session to say.
    expect((await victim.request.get("/api/exports/period/2026.csv", { maxRedirects: 0 })).status()).toBe(403);

    await signInByApi(page, admin);
    await page.goto(`/admin/users/${operator.id}`);
    const reset = page.getByRole("form", { name: "Atur ulang kata sandi" });
    await reset.getByLabel("Kata sandi baru").fill("GantiBaru2026Aman");
    await reset.getByLabel("Ulangi kata sandi").fill("GantiBaru2026Aman");
    await reset.getByRole("button", { name: "Ganti kata sandi" }).click();
    await expect(reset.getByText(/Kata sandi .* diganti/)).toBeVisible();

    await victimPage.goto("/opd");
    await expect(victimPage).toHaveURL(/\/login/);
    expect((await victim.request.get("/api/exports/period/2026.csv", { maxRedirects: 0 })).status()).toBe(401);
    await victim.close();
  });
});

test.describe("tidak ada enumerasi akun", () => {
  test("akun tak dikenal, kata sandi salah, akun terkunci dan nonaktif dijawab sama", async ({ page, makeUser, db }) => {
    const locked = await makeUser({ role: "OPERATOR" });
    await db.user.update({ where: { id: locked.id }, data: { lockedUntil: new Date(Date.now() + 15 * 60_000) } });
    const inactive = await makeUser({ role: "OPERATOR", active: false });
    const wrong = await makeUser({ role: "OPERATOR" });
    const attempts = [
      ["tak dikenal", "199912312020121999", TEST_PASSWORD],
      ["kata sandi salah", wrong.nip, "SalahSekali2026"],
      ["terkunci, kata sandi benar", locked.nip, TEST_PASSWORD],
      ["nonaktif, kata sandi benar", inactive.nip, TEST_PASSWORD],
    ] as const;

    const locations = new Set<string>();
    for (const [, identifier, password] of attempts) locations.add(await credentialsPost(page.context().request, identifier, password));
    expect([...locations]).toHaveLength(1);

    await page.goto("/login");
    for (const [name, identifier, password] of attempts) {
      await page.getByLabel("NIP atau e-mail").fill(identifier);
      await page.getByLabel("Kata sandi").fill(password);
      await page.getByRole("button", { name: "Masuk" }).click();
      await expect(formAlert(page), name).toHaveText(SIGN_IN_FAILED);
      await expect(page.getByRole("button", { name: "Masuk" })).toBeEnabled();
    }
    // The audit trail still tells them apart, for the admin.
    const reasons = await db.auditEvent.findMany({ where: { entityId: { in: [locked.id, inactive.id, wrong.id] }, action: "auth.sign_in_failed" }, select: { after: true } });
    expect(new Set(reasons.map((r) => (r.after as { reason: string }).reason))).toEqual(new Set(["invalid", "locked", "inactive"]));
  });
});

test.describe("Content-Security-Policy dengan nonce", () => {
  /** Records CSP violations the page reports, from the event and from the console. */
  async function watchViolations(page: Page) {
    const seen: string[] = [];
    page.on("console", (m) => {
      if (/Content Security Policy/i.test(m.text())) seen.push(m.text());
    });
    await page.addInitScript(() => {
      document.addEventListener("securitypolicyviolation", (e) => console.error(`Content Security Policy violation: ${e.violatedDirective} ${e.blockedURI}`));
    });
    return seen;
  }

  test("halaman masuk, halaman area dengan simpan otomatis, dan dasbor dengan grafik berjalan tanpa pelanggaran", async ({ page, makeUser, db }) => {
    test.slow(); // four pages under two roles
    const violations = await watchViolations(page);
    const login = await page.goto("/login");
    const csp = login?.headers()["content-security-policy"] ?? "";
    expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
    for (const directive of ["frame-ancestors 'none'", "object-src 'none'", "base-uri 'self'", "form-action 'self'"]) expect(csp).toContain(directive);
    expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    expect(login?.headers()).toMatchObject({ "x-content-type-options": "nosniff", "referrer-policy": "strict-origin-when-cross-origin" });
    expect(login?.headers()["permissions-policy"]).toContain("camera=()");
    expect(login?.headers()["strict-transport-security"], "no HSTS over plain http").toBeUndefined();
    const again = await page.request.get("/login");
    expect(again.headers()["content-security-policy"], "a fresh nonce per request").not.toBe(csp);

    // The login form works (hydrated: the client-side validation answers).
    await page.getByRole("button", { name: "Masuk" }).click();
    await expect(page.locator("#identifier-error")).toHaveText("Isi NIP atau e-mail");

    const operator = await makeUser({ role: "OPERATOR" });
    const { assessments } = await openPeriodFor(db, [operator.unitId!]);
    await signInByApi(page, operator);
    await page.goto(`/opd/penilaian/${assessments[0]!.id}/mp`);
    await expect(page.locator("[data-ready=true]")).toBeVisible();
    const q1 = page.locator("#q-A\\.I\\.1\\.i\\.a");
    await q1.getByLabel(/^Ya\./).check();
    await expect(q1.getByTestId("save-state")).toContainText("tersimpan");
    expect(await db.answer.count({ where: { assessmentId: assessments[0]!.id } })).toBe(1);

    const leader = await makeUser({ role: "PIMPINAN" });
    const { period, assessments: scored } = await openPeriodFor(db, [operator.unitId!]);
    await answerAllBest(db, scored[0]!.id);
    await signInByApi(page, leader);
    await page.goto(`/dasbor?tahun=${period.year}`);
    await expect(page.getByTestId("totals-chart").locator(".recharts-surface").first()).toBeVisible();
    await page.goto(`/dasbor/unit/${operator.unitId}?tahun=${period.year}`);
    await expect(page.getByTestId("area-radar").locator(".recharts-surface").first()).toBeVisible();

    expect(violations).toEqual([]);
  });
});

test("aksi server dari situs lain ditolak dengan 403, bukan 500", async ({ request }) => {
  const response = await request.post("/login", {
    headers: { "Next-Action": "7f".repeat(21), Origin: "https://evil.example", "Content-Type": "text/plain;charset=UTF-8" },
    data: "[]",
    maxRedirects: 0,
  });
  expect(response.status()).toBe(403);
  expect(await response.text()).toContain("dikirim dari situs lain");
});
