import type { Page, Route } from "@playwright/test";
import { expect, signInByApi, test } from "./fixtures";
import { openPeriodFor } from "./assessment-fixture";

// Autosave through faults (issue 11): a server error, a save that committed but whose answer was
// lost, and a lost connection. Each ends saved exactly once, and the messages say whose side failed.

const CODE = "A.I.1.i.b";
test.describe.configure({ timeout: 90_000 }); // retries wait 1 + 2 s, and the first page of a cold server is slow on a busy machine
const isSave = (route: Route) => route.request().method() === "POST" && route.request().headers()["next-action"] !== undefined;

async function openArea(page: Page, assessmentId: string) {
  await page.goto(`/opd/penilaian/${assessmentId}/mp`);
  await expect(page.locator("[data-ready=true]")).toBeVisible({ timeout: 30_000 });
  return page.locator(`#q-${CODE.replaceAll(".", "\\.")}`);
}

test("autosave: server 500 menampilkan pesan server tidak tersedia, lalu tersimpan lewat Coba simpan lagi", async ({ page, makeUser, db }) => {
  const operator = await makeUser({ role: "OPERATOR" });
  const { assessments } = await openPeriodFor(db, [operator.unitId!]);
  await signInByApi(page, operator);
  const question = await openArea(page, assessments[0]!.id);

  let serverUp = false;
  let refused = 0;
  await page.route("**/opd/penilaian/**", (route) => {
    if (!isSave(route) || serverUp) return route.fallback();
    refused++;
    return route.fulfill({ status: 500, body: "Internal Server Error" });
  });
  await question.getByLabel(/^B\./).check();
  const badge = question.getByTestId("save-state");
  await expect(badge).toContainText("gagal disimpan — server tidak tersedia");
  await expect(badge).toContainText(/Server atau basis data portal sedang tidak tersedia \(bukan jaringan Anda\)\. Dicoba simpan lagi otomatis dalam \d+ detik\./);
  await expect(page.getByTestId("autosave-status")).toHaveText("1 jawaban belum tersimpan");
  await expect.poll(() => refused, { timeout: 30_000 }).toBeGreaterThanOrEqual(4); // retried by itself after 1, 2 and 4 s; the next waits 8 s
  await expect(badge).toContainText("dalam 8 detik");

  serverUp = true;
  await badge.getByRole("button", { name: "Coba simpan lagi" }).click();
  await expect(badge).toContainText("tersimpan");
  await expect(page.getByTestId("autosave-status")).toHaveText("Semua perubahan tersimpan");
  expect(await db.answer.findFirst({ where: { assessmentId: assessments[0]!.id, questionCode: CODE }, select: { unitValue: true, version: true } })).toEqual({ unitValue: "B", version: 1 });
});

test("autosave: simpanan yang sudah masuk tetapi jawabannya hilang dikenali saat dicoba lagi, bukan konflik", async ({ page, makeUser, db }) => {
  const operator = await makeUser({ role: "OPERATOR" });
  const { assessments } = await openPeriodFor(db, [operator.unitId!]);
  const assessmentId = assessments[0]!.id;
  await signInByApi(page, operator);
  const question = await openArea(page, assessmentId);

  let lost = 0;
  await page.route("**/opd/penilaian/**", async (route) => {
    if (!isSave(route) || lost > 0) return route.fallback();
    lost++;
    await route.fetch(); // the server commits the save…
    await route.abort("connectionreset"); // …and the tab never hears back
  });
  await question.getByLabel(/^B\./).check();
  await expect(question.getByTestId("save-state")).toContainText("tersimpan");
  expect(lost).toBe(1);
  const saved = await db.answer.findFirstOrThrow({ where: { assessmentId, questionCode: CODE }, select: { unitValue: true, version: true } });
  expect(saved).toEqual({ unitValue: "B", version: 1 });
  expect(await db.auditEvent.count({ where: { assessmentId, action: "answer.unit_update" } })).toBe(1);

  await question.getByLabel(/^C\./).check();
  await expect(question.getByTestId("save-state")).toContainText("tersimpan");
  await expect(question.getByText(/baru saja diubah oleh/)).toHaveCount(0);
  expect(await db.answer.findFirstOrThrow({ where: { assessmentId, questionCode: CODE }, select: { unitValue: true, version: true } })).toEqual({ unitValue: "C", version: 2 });
});

test("autosave: tanpa koneksi, peringatan sebelum meninggalkan halaman, lalu tersimpan saat koneksi kembali", async ({ page, context, makeUser, db }) => {
  const operator = await makeUser({ role: "OPERATOR" });
  const { assessments } = await openPeriodFor(db, [operator.unitId!]);
  await signInByApi(page, operator);
  const question = await openArea(page, assessments[0]!.id);

  await context.setOffline(true);
  await question.getByLabel(/^A\./).check();
  const badge = question.getByTestId("save-state");
  await expect(badge).toContainText("belum disimpan — tidak ada koneksi");
  await expect(badge).toContainText("Tidak ada koneksi internet. Jawaban disimpan otomatis begitu koneksi kembali.");

  const dialog = page.waitForEvent("dialog");
  await page.close({ runBeforeUnload: true });
  const prompt = await dialog;
  expect(prompt.type()).toBe("beforeunload");
  await prompt.dismiss(); // stay on the page

  await context.setOffline(false);
  await expect(badge).toContainText("tersimpan");
  expect(await db.answer.findFirst({ where: { assessmentId: assessments[0]!.id, questionCode: CODE }, select: { unitValue: true, version: true } })).toEqual({ unitValue: "A", version: 1 });
});

test("autosave: catatan yang baru diketik (belum dikirim, menunggu jeda) sudah dihitung belum tersimpan", async ({ page, makeUser, db }) => {
  const operator = await makeUser({ role: "OPERATOR" });
  const { assessments } = await openPeriodFor(db, [operator.unitId!]);
  await signInByApi(page, operator);
  await page.clock.install();
  const question = await openArea(page, assessments[0]!.id);

  // Time stands still in the page: the 700 ms pause after typing never ends, so nothing is sent,
  // and what the page says comes from the edit alone.
  let saves = 0;
  await page.route("**/opd/penilaian/**", (route) => {
    if (isSave(route)) saves++;
    return route.fallback();
  });
  await page.clock.pauseAt(Date.now() + 60_000);
  await question.getByLabel("Catatan (opsional)").fill("Rencana kerja sudah ditandatangani");
  await expect(page.getByTestId("autosave-status")).toHaveText("Menyimpan…");
  const dialog = page.waitForEvent("dialog");
  await page.close({ runBeforeUnload: true });
  const prompt = await dialog;
  expect(prompt.type()).toBe("beforeunload");
  await prompt.dismiss();
  expect(saves).toBe(0);
});
