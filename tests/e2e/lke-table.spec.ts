import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { getLkeVersion } from "@/lib/lke/versions";
import { getSection, sectionQuestionCodes } from "@/lib/lke/sections";
import { expect, signInByApi, test } from "./fixtures";
import { answerAllBut, openPeriodFor } from "./assessment-fixture";

// The compact LKE table (issue 12): a whole area answered from the keyboard, at a laptop's and a
// phone's size; a failed save retried once the network is back; no serious accessibility finding.

const lke = getLkeVersion("pm90-2021")!;
const TL = sectionQuestionCodes(getSection(lke, "tl")!); // Penataan Tatalaksana: 15 questions, all A–C/D/E
const VIEWPORTS = [
  { name: "laptop", viewport: { width: 1366, height: 768 } },
  { name: "ponsel", viewport: { width: 390, height: 844 } },
] as const;
test.describe.configure({ timeout: 120_000 }); // a first request of the 113-row page on a cold, shared server is slow
const isSave = (method: string, headers: Record<string, string>) => method === "POST" && headers["next-action"] !== undefined;
const row = (page: Page, code: string) => page.locator(`[data-row="${code}"]`);

async function openTable(page: Page, assessmentId: string) {
  await page.goto(`/opd/penilaian/${assessmentId}/tabel`);
  await expect(page.locator("[data-ready=true]")).toBeVisible({ timeout: 60_000 });
}

async function expectNoSeriousAxe(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  const serious = violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`);
  expect(serious).toEqual([]);
}

for (const { name, viewport } of VIEWPORTS) {
  test.describe(`tabel LKE (${name})`, () => {
    test.use({ viewport });

    test(`operator menjawab seluruh area Penataan Tatalaksana dari papan ketik (${name})`, async ({ page, makeUser, db }) => {
      const operator = await makeUser({ role: "OPERATOR" });
      const { assessments } = await openPeriodFor(db, [operator.unitId!]);
      const assessmentId = assessments[0]!.id;
      await signInByApi(page, operator);
      await openTable(page, assessmentId);
      await expect(page.getByTestId("table-count")).toHaveText("113 dari 113 pertanyaan ditampilkan · 0/113 dijawab");
      await expect(page.getByTestId("area-percent-TL")).toHaveText("0,0%");

      // "N" from the filter bar's button lands on the first unanswered question; then one key per question.
      await row(page, TL[0]!).locator("[data-row-handle]").focus();
      for (const code of TL) {
        await expect(row(page, code).locator("[data-row-handle]")).toBeFocused();
        await page.keyboard.press("a");
      }
      // The header reads "all saved" between two saves as well: the last row's badge says the last save is done.
      await expect(row(page, TL.at(-1)!).getByTestId("save-state")).toContainText("tersimpan", { timeout: 30_000 });
      await expect(page.getByTestId("autosave-status")).toHaveText("Semua perubahan tersimpan", { timeout: 30_000 });
      await expect(page.getByTestId("area-percent-TL")).toHaveText("100,0%");
      await expect(page.getByTestId("subtotal-A.I.2.i")).toContainText(/^[\d,]+ \/ /);
      await expect(page.getByTestId("table-count")).toContainText("15/113 dijawab");
      // The focus moved on to the first question of the next area, ready for its answer.
      await expect(page.locator("[data-row-handle]:focus")).toHaveCount(1);

      const saved = await db.answer.findMany({ where: { assessmentId }, select: { questionCode: true, unitValue: true } });
      expect(saved.map((a) => a.questionCode).sort()).toEqual([...TL].sort());
      expect(saved.every((a) => a.unitValue === "A")).toBe(true);
      expect(await db.auditEvent.count({ where: { assessmentId, action: "answer.unit_update" } })).toBe(TL.length);

      // "Belum dijawab" leaves out the area just answered; N goes to the first unanswered row.
      await page.getByLabel("Tampilkan").selectOption("unanswered");
      await expect(page.getByTestId("table-count")).toContainText("98 dari 113 pertanyaan ditampilkan");
      await expect(row(page, TL[0]!)).toHaveCount(0);
      await row(page, "A.I.1.i.a").locator("[data-row-handle]").focus();
      await page.keyboard.press("Enter");
      await expect(page.locator("#rincian-A\\.I\\.1\\.i\\.a")).toBeVisible();
      await expectNoSeriousAxe(page);
    });

    test(`TPI menyetujui jawaban unit untuk satu pertanyaan di tabel dengan tombol S (${name})`, async ({ page, makeUser, db }) => {
      const operator = await makeUser({ role: "OPERATOR" });
      const tpi = await makeUser({ role: "TPI" });
      const { period, assessments } = await openPeriodFor(db, [operator.unitId!]);
      const assessmentId = assessments[0]!.id;
      await answerAllBut(db, assessmentId, []);
      await db.answer.update({ where: { assessmentId_questionCode: { assessmentId, questionCode: "A.I.1.i.b" } }, data: { unitValue: "B" } });
      await db.assessment.update({ where: { id: assessmentId }, data: { state: "SUBMITTED", submittedAt: new Date() } });
      await db.reviewAssignment.create({ data: { periodId: period.id, unitId: operator.unitId!, reviewerId: tpi.id, isLead: true } });
      await signInByApi(page, tpi);
      await page.goto(`/tpi/penilaian/${assessmentId}/tabel`);
      await expect(page.locator("[data-ready=true]")).toBeVisible({ timeout: 60_000 });
      await expect(page.getByTestId("table-count")).toContainText("0/113 dinilai TPI");

      await row(page, "A.I.1.i.b").locator("[data-row-handle]").focus();
      await page.keyboard.press("s");
      await expect(row(page, "A.I.1.ii.a").locator("[data-row-handle]")).toBeFocused(); // A.I.1.i has two questions
      await expect(row(page, "A.I.1.i.b").getByTestId("save-state")).toContainText("tersimpan");
      await expect(row(page, "A.I.1.i.b").getByTestId("row-tpi-value-A.I.1.i.b")).toContainText("0,50");
      await expect(page.getByTestId("table-count")).toContainText("1/113 dinilai TPI");
      await expect(page.getByTestId("subtotal-A.I.1.i")).toContainText("0,13 /");
      const stored = await db.answer.findUniqueOrThrow({ where: { assessmentId_questionCode: { assessmentId, questionCode: "A.I.1.i.b" } }, select: { unitValue: true, tpiValue: true, tpiFlag: true } });
      expect(stored).toEqual({ unitValue: "B", tpiValue: "B", tpiFlag: false });
      expect((await db.answer.findMany({ where: { assessmentId }, select: { tpiValue: true } })).filter((a) => a.tpiValue !== null)).toHaveLength(1);
      expect(await db.auditEvent.count({ where: { assessmentId, action: "answer.tpi_update" } })).toBe(1);
      await expectNoSeriousAxe(page);
    });
  });
}

test("tabel LKE: simpanan yang gagal dicoba lagi otomatis begitu jaringan kembali", async ({ page, makeUser, db }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  const operator = await makeUser({ role: "OPERATOR" });
  const { assessments } = await openPeriodFor(db, [operator.unitId!]);
  const assessmentId = assessments[0]!.id;
  await signInByApi(page, operator);
  await openTable(page, assessmentId);

  let refused = 0;
  await page.route("**/opd/penilaian/**", (route) => {
    if (!isSave(route.request().method(), route.request().headers())) return route.fallback();
    refused++;
    return route.abort("internetdisconnected");
  });
  const target = row(page, "A.I.2.i.a");
  await target.locator("[data-row-handle]").focus();
  await page.keyboard.press("b");
  await expect(target.getByTestId("save-state")).toContainText("gagal disimpan");
  await expect(target.getByRole("button", { name: "Coba simpan lagi" })).toBeVisible();
  await expect(page.getByTestId("autosave-status")).toHaveText("1 jawaban belum tersimpan");
  expect(await db.answer.count({ where: { assessmentId } })).toBe(0);

  await page.unroute("**/opd/penilaian/**"); // the network is back: the next automatic retry goes through
  await expect(target.getByTestId("save-state")).toContainText("tersimpan", { timeout: 30_000 });
  await expect(page.getByTestId("autosave-status")).toHaveText("Semua perubahan tersimpan");
  expect(refused).toBeGreaterThanOrEqual(1);
  expect(await db.answer.findFirst({ where: { assessmentId, questionCode: "A.I.2.i.a" }, select: { unitValue: true, version: true } })).toEqual({ unitValue: "B", version: 1 });
  await expect(target.getByTestId("row-value-A.I.2.i.a")).toContainText("0,67");

  // The submit page lists what is missing by area, with the question's text, each a link to its row.
  await page.goto(`/opd/penilaian/${assessmentId}/ajukan`);
  await expect(page.getByRole("heading", { name: "Penataan Tatalaksana (14)" })).toBeVisible();
  const text = getSection(lke, "tl")!.groups[0]!.questions[1]!.text;
  await page.getByRole("link", { name: new RegExp(`A\\.I\\.2\\.i\\.b`) }).first().click();
  await expect(page).toHaveURL(/\/tabel#baris-A\.I\.2\.i\.b$/);
  await expect(row(page, "A.I.2.i.b")).toContainText(text.slice(0, 30));
});

test("TPI menyetujui jawaban unit untuk satu pertanyaan dengan satu tindakan", async ({ page, makeUser, db }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  const operator = await makeUser({ role: "OPERATOR" });
  const tpi = await makeUser({ role: "TPI" });
  const { period, assessments } = await openPeriodFor(db, [operator.unitId!]);
  const assessmentId = assessments[0]!.id;
  await answerAllBut(db, assessmentId, []);
  await db.answer.update({ where: { assessmentId_questionCode: { assessmentId, questionCode: "A.I.1.i.b" } }, data: { unitValue: "B" } });
  await db.assessment.update({ where: { id: assessmentId }, data: { state: "SUBMITTED", submittedAt: new Date() } });
  await db.reviewAssignment.create({ data: { periodId: period.id, unitId: operator.unitId!, reviewerId: tpi.id, isLead: true } });
  await signInByApi(page, tpi);
  await page.goto(`/tpi/penilaian/${assessmentId}/mp`);
  await expect(page.locator("[data-ready=true]")).toBeVisible({ timeout: 60_000 });

  const card = page.locator("#q-A\\.I\\.1\\.i\\.b");
  const before = await page.getByTestId("indicator-score-A.I.1.i").textContent();
  await card.getByRole("button", { name: "Setuju dengan jawaban unit" }).click();
  await expect(card.getByTestId("save-state")).toContainText("tersimpan");
  await expect(card.getByTestId("unreviewed")).toHaveCount(0);
  // The indicator heading follows the save without a reload.
  await expect(page.getByTestId("indicator-score-A.I.1.i")).not.toHaveText(before ?? "");
  const stored = await db.answer.findUniqueOrThrow({ where: { assessmentId_questionCode: { assessmentId, questionCode: "A.I.1.i.b" } }, select: { unitValue: true, tpiValue: true, tpiFlag: true } });
  expect(stored).toEqual({ unitValue: "B", tpiValue: "B", tpiFlag: false });
  const valued = (await db.answer.findMany({ where: { assessmentId }, select: { tpiValue: true } })).filter((a) => a.tpiValue !== null);
  expect(valued).toHaveLength(1);
  expect(await db.auditEvent.count({ where: { assessmentId, action: "answer.tpi_update", entityId: "A.I.1.i.b" } })).toBe(1);
});
