// `npm run bench:lke-table` (a benchmark, not a test): the compact LKE table of issue 12, in
// Chromium against the built app on 127.0.0.1 and a throw-away PostgreSQL. Prints
//   - the page height of the table with the whole LKE (113 rows), at 1366×768 and 390×844, beside
//     the card view's seven area pages added up;
//   - the key presses to answer one area (Penataan Tatalaksana) from the keyboard, checked in the
//     database;
//   - time to interactive of the table (navigation start → hydrated, data-ready=true), p50/p95 of
//     BENCH_RUNS loads (default 20) at 1366×768.
// A table (stdout), then the figures as JSON.
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { chromium, type Browser, type Page } from "@playwright/test";
import { createPrismaClient } from "@/lib/db/create-client";
import { startEmbeddedPostgres } from "@/lib/db/embedded";
import { prepareDatabase } from "@/lib/db/prepare";
import { getLkeVersion } from "@/lib/lke/versions";
import { getSection, SECTION_KEYS, sectionQuestionCodes } from "@/lib/lke/sections";
import { findFreePort } from "@/lib/net/port";
import { BENCH_PASSWORD, createBenchUnits, seedBenchYear } from "@/lib/seed/bench-data";
import { findChromium } from "../tests/support/chromium";
import { ensureBuild } from "./lib/build";
import { serveBuiltApp } from "./lib/serve";

const RUNS = Number(process.env.BENCH_RUNS ?? 20);
const VIEWPORTS = { laptop: { width: 1366, height: 768 }, ponsel: { width: 390, height: 844 } } as const;
const log = (line: string) => process.stderr.write(`[bench] ${line}\n`);
const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
};

async function signedInPage(browser: Browser, base: string, email: string, viewport: { width: number; height: number }): Promise<Page> {
  const context = await browser.newContext({ baseURL: base, viewport, locale: "id-ID" });
  const page = await context.newPage();
  const { csrfToken } = (await (await page.request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const response = await page.request.post("/api/auth/callback/credentials", { form: { csrfToken, identifier: email, password: BENCH_PASSWORD, callbackUrl: "/" }, maxRedirects: 0 });
  if (response.status() !== 302) throw new Error(`masuk sebagai ${email} gagal (${response.status()})`);
  return page;
}

/** Loads a page and answers the milliseconds from navigation start until React has hydrated it. */
async function loadUntilReady(page: Page, url: string): Promise<number> {
  await page.goto(url);
  await page.locator("[data-ready=true]").waitFor({ timeout: 120_000 });
  return page.evaluate(() => performance.now());
}

const lke = getLkeVersion("pm90-2021")!;
const area = sectionQuestionCodes(getSection(lke, "tl")!);
const work = mkdtempSync(path.join(tmpdir(), "portal-zi-bench-"));
const pg = await startEmbeddedPostgres({ dataDir: path.join(work, "pg"), port: await findFreePort() });
const figures: Record<string, unknown> = {};
try {
  await pg.createDatabase("bench");
  const url = pg.url("bench");
  await prepareDatabase({ connectionString: url, demo: false });
  const db = createPrismaClient(url);
  log("Mengisi dua unit: satu dengan LKE terisi penuh, satu kosong…");
  const [full, empty] = await createBenchUnits({ db, count: 2 });
  const { period, assessments } = await seedBenchYear({ db, units: [full!], year: 2031, reviewed: false });
  await db.assessment.updateMany({ data: { state: "DRAFT" } });
  const blank = await db.assessment.create({ data: { periodId: period.id, unitId: empty!.unitId } });
  ensureBuild(log);
  const port = await findFreePort();
  const server = await serveBuiltApp({ port, env: { ...process.env, DATABASE_URL: url, AUTH_SECRET: randomBytes(32).toString("base64url"), NODE_ENV: "production", EVIDENCE_DIR: path.join(work, "evidence") } });
  const browser = await chromium.launch({ executablePath: findChromium() ?? undefined, args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"] });
  try {
    const base = `http://127.0.0.1:${port}`;
    const fullId = assessments[0]!.assessmentId;
    const heights: Record<string, { table: number; cards: number }> = {};
    for (const [name, viewport] of Object.entries(VIEWPORTS)) {
      log(`Tinggi halaman (${name})…`);
      const page = await signedInPage(browser, base, full!.email, viewport);
      await loadUntilReady(page, `/opd/penilaian/${fullId}/tabel`);
      const table = await page.evaluate(() => document.documentElement.scrollHeight);
      let cards = 0;
      for (const key of SECTION_KEYS) {
        await loadUntilReady(page, `/opd/penilaian/${fullId}/${key}`);
        cards += await page.evaluate(() => document.documentElement.scrollHeight);
      }
      heights[name] = { table, cards };
      await page.context().close();
    }
    figures.heights = heights;

    log("Menjawab satu area dari papan ketik…");
    const page = await signedInPage(browser, base, empty!.email, VIEWPORTS.laptop);
    await loadUntilReady(page, `/opd/penilaian/${blank.id}/tabel`);
    await page.locator(`[data-row="${area[0]}"] [data-row-handle]`).click(); // the one pointer action: into the area (it also opens that row)
    let presses = 0;
    for (const code of area) {
      await page.locator(`[data-row="${code}"] [data-row-handle]`).waitFor();
      if (!(await page.locator(`[data-row="${code}"] [data-row-handle]`).evaluate((el) => el === document.activeElement))) throw new Error(`fokus tidak di ${code}`);
      await page.keyboard.press("a");
      presses++;
    }
    // The header says "all saved" between two saves too; the last row's own badge says its save is done.
    await page.locator(`[data-row="${area.at(-1)}"] [data-testid=save-state]`).filter({ hasText: "tersimpan" }).waitFor({ timeout: 60_000 });
    await page.getByTestId("autosave-status").filter({ hasText: "Semua perubahan tersimpan" }).waitFor({ timeout: 60_000 });
    const saved = await db.answer.count({ where: { assessmentId: blank.id, questionCode: { in: area }, unitValue: { equals: "A" } } });
    figures.keyboard = { area: "Penataan Tatalaksana", questions: area.length, keyPresses: presses, pointerActions: 1, savedInDb: saved };
    await page.context().close();

    log(`Waktu sampai interaktif, ${RUNS} kali…`);
    const tti: number[] = [];
    const ttiPage = await signedInPage(browser, base, full!.email, VIEWPORTS.laptop);
    await loadUntilReady(ttiPage, `/opd/penilaian/${fullId}/tabel`); // warm-up, not counted
    for (let i = 0; i < RUNS; i++) tti.push(await loadUntilReady(ttiPage, `/opd/penilaian/${fullId}/tabel`));
    figures.timeToInteractive = { rows: await ttiPage.locator("[data-row]").count(), runs: RUNS, p50Ms: Math.round(percentile(tti, 50)), p95Ms: Math.round(percentile(tti, 95)), maxMs: Math.round(Math.max(...tti)) };
    await db.$disconnect();
  } finally {
    await browser.close();
    server.kill("SIGTERM");
  }
} finally {
  await pg.stop();
  rmSync(work, { recursive: true, force: true });
}
const h = figures.heights as Record<string, { table: number; cards: number }>;
const k = figures.keyboard as { questions: number; keyPresses: number; savedInDb: number };
const t = figures.timeToInteractive as { rows: number; p50Ms: number; p95Ms: number };
process.stdout.write(
  [
    "",
    "Tabel LKE ringkas (issue 12)",
    "| ukuran | tinggi tabel (113 baris) px | tinggi tampilan kartu, 7 area px |",
    "|---|---|---|",
    ...Object.entries(h).map(([name, v]) => `| ${name} ${VIEWPORTS[name as keyof typeof VIEWPORTS].width}×${VIEWPORTS[name as keyof typeof VIEWPORTS].height} | ${v.table} | ${v.cards} |`),
    `Menjawab Penataan Tatalaksana (${k.questions} pertanyaan): ${k.keyPresses} tombol (+ 1 klik masuk ke area); ${k.savedInDb} tersimpan di basis data`,
    `Waktu sampai interaktif, tabel ${t.rows} baris, 1366×768: p50 ${t.p50Ms} ms, p95 ${t.p95Ms} ms (${RUNS} muat)`,
    "",
    JSON.stringify(figures, null, 2),
    "",
  ].join("\n"),
);
process.exit(0);
