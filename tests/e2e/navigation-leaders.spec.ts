import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, signInByApi, test } from "./fixtures";
import { answerAllBut, openPeriodFor } from "./assessment-fixture";

// Issue 12's navigation and leaders' fixes, at a phone's and a laptop's size: the heatmap scrolls with
// the unit's name held, Tabel 6 reads "60% (kini …)", the area tabs keep the active one in view with
// a title per area, and the header's user block stays on one line at 1366 px.

test.describe.configure({ timeout: 90_000 });

async function expectNoSeriousAxe(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id}: ${v.nodes[0]?.target.join(" ")}`)).toEqual([]);
}

test("pimpinan di ponsel: peta area dapat digeser dengan nama unit tetap terlihat", async ({ page, makeUser, db }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const leader = await makeUser({ role: "PIMPINAN" });
  const operator = await makeUser({ role: "OPERATOR" });
  const { period, assessments } = await openPeriodFor(db, [operator.unitId!]);
  await answerAllBut(db, assessments[0]!.id, []);
  await signInByApi(page, leader);
  await page.goto(`/dasbor?tahun=${period.year}`);
  const region = page.getByRole("region", { name: "Tabel persentase nilai per area, dapat digeser" });
  await expect(region).toBeVisible();
  expect(await region.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
  const name = page.getByTestId("area-heatmap").getByRole("rowheader", { name: operator.unitName! });
  const before = await name.boundingBox();
  await region.evaluate((el) => el.scrollBy({ left: 300 }));
  await expect.poll(async () => (await name.boundingBox())?.x).toBe(before?.x); // sticky: the name does not move
  await expectNoSeriousAxe(page);
});

test("operator di ponsel: tab area aktif terlihat, judul per area, syarat Tabel 6 dalam kata", async ({ page, makeUser, db }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const operator = await makeUser({ role: "OPERATOR" });
  const { assessments } = await openPeriodFor(db, [operator.unitId!]);
  await signInByApi(page, operator);
  await page.goto(`/opd/penilaian/${assessments[0]!.id}/pp`);
  await expect(page.locator("[data-ready=true]")).toBeVisible({ timeout: 30_000 });
  await expect(page).toHaveTitle(/^Peningkatan Kualitas Pelayanan Publik — Isian LKE · Portal ZI$/);
  const active = page.getByRole("navigation", { name: "Area LKE" }).getByRole("link", { name: "Peningkatan Kualitas Pelayanan Publik" });
  await expect(active).toHaveAttribute("aria-current", "page");
  await expect(active).toBeInViewport({ ratio: 0.9 });

  await page.goto(`/opd/penilaian/${assessments[0]!.id}`);
  const wbk = page.getByRole("region", { name: "Syarat Menuju WBK (Tabel 6)" });
  await expect(wbk).toContainText("60% (kini 0,0%)");
  await expect(page.getByRole("region", { name: "Syarat Menuju WBBM (Tabel 6)" })).toContainText("harus sudah berpredikat WBK (kini belum)");
});

test("admin di laptop 1366 px: nama dan peran pengguna di kepala halaman satu baris", async ({ page, makeUser }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  const admin = await makeUser({ role: "ADMIN" });
  await signInByApi(page, admin);
  await page.goto("/admin");
  const user = page.getByTestId("current-user");
  const nav = page.getByRole("navigation", { name: "Navigasi utama" });
  const [u, n] = [await user.boundingBox(), await nav.boundingBox()];
  // One header row: the user block sits beside the navigation, not under it, and its name is one line.
  expect(u && n && u.y < n.y + n.height && n.y < u.y + u.height).toBe(true);
  expect(await user.locator("p").first().evaluate((el) => el.getBoundingClientRect().height)).toBeLessThan(24);
});
