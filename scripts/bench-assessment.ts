// Benchmark (not a test) for the self-assessment screens on a seeded period of 60 units:
//   npm run bench:assessment
// Prints p50/p95 of the area page's server render (HTTP, signed in as an operator) and of
// the autosave round trip (click in Chromium → server action answered), on this machine.
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { chromium } from "@playwright/test";
import { startEmbeddedPostgres } from "@/lib/db/embedded";
import { createPrismaClient } from "@/lib/db/create-client";
import { prepareDatabase } from "@/lib/db/prepare";
import { findFreePort } from "@/lib/net/port";
import { BENCH_PASSWORD, seedBenchPeriod } from "@/lib/seed/bench-data";
import { CHROMIUM_HINT, findChromium } from "@/tests/support/chromium";
import { ensureBuild } from "./lib/build";
import { serveBuiltApp } from "./lib/serve";
import { summarize } from "./lib/stats";

const UNITS = 60;
const RENDERS = 80;
const SAVES = 60;
const log = (line: string) => process.stderr.write(`[bench] ${line}\n`);

const executablePath = findChromium();
if (!executablePath) throw new Error(CHROMIUM_HINT);
const work = mkdtempSync(path.join(tmpdir(), "portal-zi-bench-"));
const pg = await startEmbeddedPostgres({ dataDir: path.join(work, "pg"), port: await findFreePort() });
try {
  await pg.createDatabase("bench");
  const url = pg.url("bench");
  await prepareDatabase({ connectionString: url, demo: false });
  const db = createPrismaClient(url);
  log(`Mengisi periode dengan ${UNITS} unit…`);
  const { operators } = await seedBenchPeriod({ db, units: UNITS, year: 2031 });
  await db.$disconnect();
  ensureBuild(log);
  const port = await findFreePort();
  const server = await serveBuiltApp({ port, env: { ...process.env, DATABASE_URL: url, AUTH_SECRET: randomBytes(32).toString("base64url"), NODE_ENV: "production", EVIDENCE_DIR: path.join(work, "evidence") } });
  const browser = await chromium.launch({ executablePath, args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking"] });
  try {
    const base = `http://127.0.0.1:${port}`;
    const context = await browser.newContext({ baseURL: base });
    const page = await context.newPage();
    const { csrfToken } = (await (await page.request.get("/api/auth/csrf")).json()) as { csrfToken: string };
    const target = operators[Math.floor(UNITS / 2)]!;
    await page.request.post("/api/auth/callback/credentials", { form: { csrfToken, identifier: target.email, password: BENCH_PASSWORD, callbackUrl: "/" } });
    log(`Masuk sebagai ${target.email}.`);
    const cookie = (await context.cookies()).map((c) => `${c.name}=${c.value}`).join("; ");

    const areaUrl = `${base}/opd/penilaian/${target.assessmentId}/mp`;
    const renders: number[] = [];
    for (let i = 0; i < RENDERS + 5; i++) {
      const started = performance.now();
      const response = await fetch(areaUrl, { headers: { cookie } });
      await response.text();
      if (!response.ok) throw new Error(`halaman area menjawab ${response.status}`);
      if (i >= 5) renders.push(performance.now() - started); // the first few warm the server up
    }

    log(`Render halaman area: ${renders.length} kali selesai.`);
    await page.goto(areaUrl);
    await page.locator("[data-ready=true]").waitFor({ timeout: 30_000 }); // hydrated: changes are saved from here on
    const saves: number[] = [];
    for (let i = 0; i < SAVES + 3; i++) {
      // Always the other option, so that every click is a change to save. Resolve its value
      // first: a ":not(:checked)" locator would move to the other radio once this one is checked.
      const question = page.locator(`#q-A\\.I\\.1\\.i\\.a`);
      const value = await question.locator(`input[type="radio"]:not(:checked)`).first().getAttribute("value");
      const radio = question.locator(`input[type="radio"][value="${value}"]`);
      const answered = page.waitForResponse((r) => r.request().method() === "POST" && Boolean(r.request().headers()["next-action"]));
      const started = performance.now();
      await radio.check();
      await (await answered).finished();
      if (i >= 3) saves.push(performance.now() - started);
    }
    log(`Simpan otomatis: ${saves.length} kali selesai.`);
    process.stdout.write(`${JSON.stringify({ units: UNITS, questionsPerUnit: 113, results: [summarize("area page render (GET /opd/penilaian/:id/mp)", renders), summarize("autosave round trip (click → server action answered)", saves)] }, null, 2)}\n`);
  } finally {
    await browser.close();
    server.kill("SIGTERM");
  }
} finally {
  await pg.stop();
  rmSync(work, { recursive: true, force: true });
}
