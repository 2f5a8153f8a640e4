import { randomBytes } from "node:crypto";
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

  // A claim is never "siap diusulkan" (only FINAL TPI evaluations are, PermenPAN-RB 5/2024 Bab II A): a perkiraan.
  await expect(page.getByTestId("ready-list")).not.toContainText(strong.unitName!);
  const ready = page.getByTestId("estimated-list");
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

test("pimpinan membalik halaman, mencari, dan menyaring daftar unit pada periode dengan 23 unit", async ({ page, makeUser, db }) => {
  const leader = await makeUser({ role: "PIMPINAN" });
  // Units made directly (makeUser would add an operator to each); the names sort by their number.
  const tag = randomBytes(3).toString("hex");
  const units = [];
  for (let i = 1; i <= 23; i++) {
    const nn = String(i).padStart(2, "0");
    units.push(await db.unit.create({ data: { code: `L-${tag}-${nn}`.toUpperCase(), name: `Dinas Daftar ${tag} ${nn}`, kind: "OPD" } }));
  }
  const { period, assessments } = await openPeriodFor(db, units.map((u) => u.id));
  const byUnit = (unitId: string) => assessments.find((a) => a.unitId === unitId)!;
  // Two units claim a perfect LKE: ready, and first when ordered by total; the rest score 0.
  const readyUnits = [units[16]!, units[4]!];
  for (const unit of readyUnits) await answerAllBest(db, byUnit(unit.id).id);
  await db.assessment.update({ where: { id: byUnit(units[9]!.id).id }, data: { state: "SUBMITTED" } });

  await signInByApi(page, leader);
  await page.goto(`/pimpinan?tahun=${period.year}`);
  const summary = page.getByTestId("unit-list-summary");
  const tableRows = page.getByRole("table", { name: "Nilai unit kerja pada periode ini" }).locator("tbody tr");
  await expect(summary).toContainText("Menampilkan 1–20 dari 23 unit");
  await expect(tableRows).toHaveCount(20);
  await expect(page.getByTestId("area-heatmap").locator("tbody tr")).toHaveCount(20);
  await expect(tableRows.nth(0)).toContainText(readyUnits[1]!.name);
  await expect(tableRows.nth(1)).toContainText(readyUnits[0]!.name);
  // The readiness lists stop at the best 8 and link to the rest.
  const notReady = page.getByTestId("not-ready-list");
  await expect(notReady.getByRole("heading", { name: "Belum siap (21)" })).toBeVisible();
  await expect(notReady.getByRole("link", { name: new RegExp(`^Dinas Daftar ${tag}`) })).toHaveCount(8);

  const pages = page.getByRole("navigation", { name: "Halaman daftar unit" });
  await expect(pages.getByRole("link", { name: "Halaman 1" })).toHaveAttribute("aria-current", "page");
  await pages.getByRole("link", { name: "Halaman 2" }).click();
  await expect(page).toHaveURL(new RegExp(`/pimpinan\\?tahun=${period.year}&halaman=2#daftar-unit$`));
  await expect(summary).toContainText("Menampilkan 21–23 dari 23 unit");
  await expect(tableRows).toHaveCount(3);
  await expect(pages.getByRole("link", { name: "Halaman 2" })).toHaveAttribute("aria-current", "page");
  await expect(pages.getByRole("link", { name: "Berikutnya" })).toHaveCount(0);
  await expect(pages.getByRole("link", { name: "Sebelumnya" })).toBeVisible();

  // A search starts again at page 1 and matches the name whatever its case.
  const wanted = units[12]!;
  await page.getByLabel("Cari unit kerja").fill(wanted.name.toUpperCase());
  await page.getByRole("button", { name: "Terapkan" }).click();
  await expect(page).not.toHaveURL(/halaman=/);
  await expect(summary).toContainText("Menampilkan 1–1 dari 1 unit (tersaring dari 23 unit)");
  await expect(tableRows).toHaveCount(1);
  await expect(tableRows.first()).toContainText(wanted.name);
  await expect(pages).toHaveCount(0);

  await page.getByRole("link", { name: "Hapus saringan" }).click();
  await expect(page).not.toHaveURL(/cari=/);
  await expect(summary).toContainText("Menampilkan 1–20 dari 23 unit");
  await expect(page.getByLabel("Cari unit kerja")).toHaveValue("");
  await page.getByLabel("Kesiapan").selectOption("perkiraan");
  await page.getByRole("button", { name: "Terapkan" }).click();
  await expect(page).toHaveURL(/kesiapan=perkiraan/);
  await expect(summary).toContainText("Menampilkan 1–2 dari 2 unit");
  await expect(tableRows).toHaveCount(2);
  for (const unit of readyUnits) await expect(tableRows.filter({ hasText: unit.name })).toHaveCount(1);
  await expect(tableRows.filter({ hasText: "Perkiraan Menuju WBK" })).toHaveCount(2);

  // The summary counts every unit and each count opens the list of that state.
  await page.getByTestId("state-counts").getByRole("link", { name: /^1 unit Diajukan/ }).click();
  await expect(page).toHaveURL(/status=SUBMITTED/);
  await expect(page).not.toHaveURL(/kesiapan=/);
  await expect(tableRows).toHaveCount(1);
  await expect(tableRows.first()).toContainText(units[9]!.name);
  await expect(page.getByTestId("state-count-DRAFT")).toHaveText("22");

  await notReady.getByRole("link", { name: "Lihat semua 21 unit belum siap" }).click();
  await expect(summary).toContainText("Menampilkan 1–20 dari 21 unit (tersaring dari 23 unit)");
  await expect(page.getByLabel("Kesiapan")).toHaveValue("belum");

  await page.getByLabel("Cari unit kerja").fill(`tidak ada ${tag}`);
  await page.getByRole("button", { name: "Terapkan" }).click();
  await expect(page.getByRole("heading", { name: "Tidak ada unit yang cocok dengan saringan" })).toBeVisible();
  await expect(tableRows).toHaveCount(0);
  await expect(summary).toHaveCount(0);
  await page.getByRole("link", { name: "Hapus saringan" }).last().click();
  await expect(summary).toContainText("Menampilkan 1–20 dari 23 unit");
});
