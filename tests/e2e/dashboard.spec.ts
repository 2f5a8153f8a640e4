import { expect, signInByApi, test } from "./fixtures";
import { answerAllBest, answerAllBut, openPeriodFor } from "./assessment-fixture";

// The leaders' dashboards: read-only, scoped in the query. The e2e database holds other specs'
// periods and the demo data, so every assertion is about this test's own units.

test("pimpinan melihat dasbor, memilih tahun, dan membuka unit (radar dan riwayat)", async ({ page, makeUser, db }) => {
  const leader = await makeUser({ role: "PIMPINAN" });
  const strong = await makeUser({ role: "OPERATOR" });
  const weak = await makeUser({ role: "OPERATOR" });
  const { period, assessments } = await openPeriodFor(db, [strong.unitId!, weak.unitId!]);
  await answerAllBest(db, assessments[0]!.id);
  await answerAllBut(db, assessments[1]!.id, []);
  const { period: later } = await openPeriodFor(db, [strong.unitId!]);

  await signInByApi(page, leader);
  await page.goto("/dasbor");
  await expect(page.getByRole("heading", { name: "Dasbor Zona Integritas" })).toBeVisible();
  await page.getByLabel("Tahun evaluasi", { exact: true }).selectOption(String(period.year));
  await page.getByRole("button", { name: "Tampilkan" }).click();
  await expect(page).toHaveURL(new RegExp(`tahun=${period.year}`));

  const ready = page.getByTestId("ready-list");
  await expect(ready.getByText(strong.unitName!)).toBeVisible();
  await expect(ready).toContainText("klaim unit sendiri");
  await expect(ready).not.toContainText(weak.unitName!);
  const notReady = page.getByTestId("not-ready-list");
  await expect(notReady).toContainText(weak.unitName!);
  await expect(notReady).toContainText("Celah terbesar");
  await expect(page.getByTestId("totals-chart").locator(".recharts-surface").first()).toBeVisible();
  const heatRow = page.getByTestId("area-heatmap").getByRole("row").filter({ hasText: strong.unitName! });
  await expect(heatRow.getByRole("cell")).toHaveText(["100,0", "100,0", "100,0", "100,0", "100,0", "100,0"]);

  await ready.getByRole("link", { name: strong.unitName! }).click();
  await expect(page).toHaveURL(new RegExp(`/dasbor/unit/${strong.unitId}\\?tahun=${period.year}`));
  await expect(page.getByRole("heading", { name: strong.unitName! })).toBeVisible();
  await expect(page.getByTestId("unit-page-unit-total")).toHaveText("100,00");
  await expect(page.getByTestId("area-radar").locator(".recharts-surface").first()).toBeVisible();
  const history = page.getByTestId("history-chart");
  await expect(history.locator(".recharts-surface").first()).toBeVisible();
  await expect(page.getByRole("link", { name: String(later.year), exact: true })).toBeVisible();
  // Reading changes nothing.
  expect(await db.assessment.findMany({ where: { periodId: period.id }, select: { state: true } })).toEqual([{ state: "DRAFT" }, { state: "DRAFT" }]);
});

test("operator ditolak dari dasbor periode dan dari unit lain, tetapi melihat unitnya sendiri", async ({ page, makeUser, db }) => {
  const operator = await makeUser({ role: "OPERATOR" });
  const other = await makeUser({ role: "OPERATOR" });
  await openPeriodFor(db, [operator.unitId!, other.unitId!]);
  await signInByApi(page, operator);
  await page.goto("/dasbor");
  await expect(page).toHaveURL(/\/akses-ditolak$/);
  const refused = await page.goto(`/dasbor/unit/${other.unitId}`);
  expect(refused?.status()).toBe(404);
  await page.goto(`/dasbor/unit/${operator.unitId}`);
  await expect(page.getByRole("heading", { name: operator.unitName! })).toBeVisible();
});

test("TPI hanya melihat unit yang ditugaskan kepadanya", async ({ page, makeUser, db }) => {
  const tpi = await makeUser({ role: "TPI" });
  const assigned = await makeUser({ role: "OPERATOR" });
  const notAssigned = await makeUser({ role: "OPERATOR" });
  const { period } = await openPeriodFor(db, [assigned.unitId!, notAssigned.unitId!]);
  await db.reviewAssignment.create({ data: { periodId: period.id, unitId: assigned.unitId!, reviewerId: tpi.id, isLead: true } });

  await signInByApi(page, tpi);
  await page.goto(`/dasbor?tahun=${period.year}`);
  const links = page.getByTestId("dashboard-unit-link");
  await expect(links.filter({ hasText: assigned.unitName! }).first()).toBeAttached();
  await expect(page.getByText(notAssigned.unitName!)).toHaveCount(0);
  await expect(page.getByTestId("state-count-DRAFT")).toHaveText("1");
  const refused = await page.goto(`/dasbor/unit/${notAssigned.unitId}`);
  expect(refused?.status()).toBe(404);
});
