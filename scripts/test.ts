// README command 2: `npm test`. Unit tests, integration tests against a real, throw-away
// PostgreSQL, and Playwright journeys in Chromium against the built app. Ends with one
// line `N passed, N failed` summing every suite (CI reads that line).
//   npm test -- --no-e2e                        unit + integration only
//   npm test -- --e2e-only [playwright args]    Playwright only, e.g. a spec file or --grep
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { startEmbeddedPostgres } from "@/lib/db/embedded";
import { migrateDatabase } from "@/lib/db/migrate";
import { MIGRATIONS_DIR, prepareDatabase } from "@/lib/db/prepare";
import { installJobQueue } from "@/lib/jobs/install-queue";
import { findFreePort } from "@/lib/net/port";
import { CHROMIUM_HINT, findChromium } from "@/tests/support/chromium";
import { ensureBuild } from "./lib/build";
import { countPlaywright, countVitest, runCommand, type SuiteCount } from "./lib/run-suite";
import { serveBuiltApp } from "./lib/serve";

const log = (line: string) => process.stdout.write(`[test] ${line}\n`);
const flags = process.argv.slice(2);
const withE2e = !flags.includes("--no-e2e");
const e2eOnly = flags.includes("--e2e-only");
const playwrightArgs = flags.filter((a) => a !== "--no-e2e" && a !== "--e2e-only");

async function main(): Promise<number> {
  const chromium = withE2e ? findChromium() : null;
  if (withE2e && !chromium) {
    process.stderr.write(`${CHROMIUM_HINT}\n`);
    return 1;
  }
  const work = mkdtempSync(path.join(tmpdir(), "portal-zi-test-"));
  const counts: SuiteCount[] = [];
  log("Menjalankan PostgreSQL sekali pakai…");
  const pg = await startEmbeddedPostgres({ dataDir: path.join(work, "pg"), port: await findFreePort() });
  try {
    await pg.createDatabase("portal_zi_integration");
    await pg.createDatabase("portal_zi_e2e");
    await migrateDatabase({ connectionString: pg.url("portal_zi_integration"), migrationsDir: MIGRATIONS_DIR });
    await installJobQueue({ connectionString: pg.url("portal_zi_integration") });

    if (!e2eOnly) {
      // The whole tree, tests included (next build checks only what the app imports when its build is current).
      const typecheck = await runCommand(process.execPath, [path.resolve("node_modules/typescript/bin/tsc"), "--noEmit", "-p", "."], process.env);
      counts.push({ name: "pemeriksaan tipe (tsc)", passed: typecheck === 0 ? 1 : 0, failed: typecheck === 0 ? 0 : 1, skipped: 0 });

      const vitestJson = path.join(work, "vitest.json");
      const vitestEnv = { ...process.env, TEST_DATABASE_URL: pg.url("portal_zi_integration"), TEST_ADMIN_DATABASE_URL: pg.url("postgres") };
      const vitestCode = await runCommand(process.execPath, [path.resolve("node_modules/vitest/vitest.mjs"), "run", "--reporter=default", "--reporter=json", `--outputFile.json=${vitestJson}`], vitestEnv);
      counts.push(countVitest("unit + integrasi (vitest)", vitestJson, vitestCode));
    }

    if (withE2e) {
      // A build or server that fails to start is one failure; the counts so far still stand.
      counts.push(
        await runE2e({ work, chromium: chromium!, databaseUrl: pg.url("portal_zi_e2e") }).catch((error: unknown) => {
          process.stderr.write(`Playwright tidak dapat dijalankan: ${error instanceof Error ? error.message : String(error)}\n`);
          return { name: "perjalanan pengguna (playwright)", passed: 0, failed: 1, skipped: 0 };
        }),
      );
    }
  } finally {
    await pg.stop();
    rmSync(work, { recursive: true, force: true });
  }
  for (const c of counts) log(`${c.name}: ${c.passed} lulus, ${c.failed} gagal, ${c.skipped} dilewati`);
  const passed = counts.reduce((n, c) => n + c.passed, 0);
  const failed = counts.reduce((n, c) => n + c.failed, 0);
  const skipped = counts.reduce((n, c) => n + c.skipped, 0);
  process.stdout.write(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}\n`);
  return failed === 0 && passed > 0 ? 0 : 1;
}

async function runE2e({ work, chromium, databaseUrl }: { work: string; chromium: string; databaseUrl: string }): Promise<SuiteCount> {
  await prepareDatabase({ connectionString: databaseUrl, demo: true });
  ensureBuild(log);
  const port = await findFreePort();
  const server = await serveBuiltApp({
    port,
    env: { ...process.env, DATABASE_URL: databaseUrl, AUTH_SECRET: randomBytes(32).toString("base64url"), DEMO_MODE: "true", NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", EVIDENCE_DIR: path.join(work, "evidence") },
  });
  try {
    const reportFile = path.join(work, "playwright.json");
    const code = await runCommand(process.execPath, [path.resolve("node_modules/@playwright/test/cli.js"), "test", "--config", "tests/e2e/playwright.config.ts", "--reporter=list,json", ...playwrightArgs], {
      ...process.env,
      E2E_BASE_URL: `http://127.0.0.1:${port}`,
      E2E_DATABASE_URL: databaseUrl,
      CHROMIUM_PATH: chromium,
      PLAYWRIGHT_JSON_OUTPUT_NAME: reportFile,
      PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: "1",
    });
    return countPlaywright("perjalanan pengguna (playwright)", reportFile, code);
  } finally {
    server.kill("SIGTERM");
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`Tes tidak dapat berjalan: ${error instanceof Error ? error.message : String(error)}\n`);
    process.stdout.write("0 passed, 1 failed\n");
    process.exit(1);
  },
);
