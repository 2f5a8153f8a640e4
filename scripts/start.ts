// README command 1: `npm install && npm start`.
// Starts the bundled PostgreSQL (unless DATABASE_URL is set), migrates, seeds demo data
// into an empty database, builds when the sources changed, and serves the portal.
// Ctrl-C stops the web server and then PostgreSQL cleanly; data stays in DATA_DIR.
import { spawn } from "node:child_process";
import path from "node:path";
import { startEmbeddedPostgres, type EmbeddedDatabase } from "@/lib/db/embedded";
import { prepareDatabase } from "@/lib/db/prepare";
import { getEnv } from "@/lib/env";
import { assertPortFree } from "@/lib/net/port";
import { StartupError } from "@/lib/startup-error";
import { ensureBuild } from "./lib/build";
import { runMain } from "./lib/run-main";
import { readOrCreateSecret } from "./lib/secret";

const log = (line: string) => process.stdout.write(`[portal-zi] ${line}\n`);

runMain(async () => {
  const started = Date.now();
  const env = getEnv();
  const dev = process.argv.includes("--dev");
  await assertPortFree({ port: env.PORT, host: env.HOST, purpose: "portal", envName: "PORT" });

  let embedded: EmbeddedDatabase | null = null;
  let databaseUrl = env.DATABASE_URL;
  if (!databaseUrl) {
    log(`Menjalankan PostgreSQL bawaan (data di ${path.resolve(env.DATA_DIR, "postgres")}, port ${env.EMBEDDED_PG_PORT})…`);
    embedded = await startEmbeddedPostgres({ dataDir: path.join(env.DATA_DIR, "postgres"), port: env.EMBEDDED_PG_PORT });
    await embedded.createDatabase("portal_zi");
    databaseUrl = embedded.url("portal_zi");
  }
  const stopDatabase = async () => {
    if (!embedded) return;
    const db = embedded;
    embedded = null;
    await db.stop();
    log("PostgreSQL bawaan dihentikan dengan bersih.");
  };

  try {
    const authSecret = env.AUTH_SECRET ?? (env.demoMode ? readOrCreateSecret(env.DATA_DIR) : undefined);
    if (!authSecret) throw new StartupError("AUTH_SECRET wajib diatur bila DATABASE_URL dipakai tanpa mode demo (buat dengan: openssl rand -base64 32).");
    const prepared = await prepareDatabase({ connectionString: databaseUrl, demo: env.demoMode });
    log(`Migrasi: ${prepared.applied.length} baru, ${prepared.alreadyApplied} sudah ada. ${prepared.demoSeeded ? "Data demo dibuat." : "Data yang ada dipakai."}`);
    if (env.demoMode) log("MODE DEMO: akun demo (lihat README) memakai kata sandi yang diketahui umum. Jangan dipakai untuk data sungguhan.");

    if (!dev) ensureBuild(log);
    const nextBin = path.resolve("node_modules/next/dist/bin/next");
    const child = spawn(process.execPath, [nextBin, dev ? "dev" : "start", "-H", env.HOST, "-p", String(env.PORT)], {
      stdio: "inherit",
      // The server sees DATABASE_URL even for the embedded database, so demo mode is passed on explicitly.
      env: { ...process.env, DATABASE_URL: databaseUrl, AUTH_SECRET: authSecret, DEMO_MODE: String(env.demoMode), NEXT_TELEMETRY_DISABLED: "1" },
    });
    log(`Portal siap di http://localhost:${env.PORT} (persiapan ${((Date.now() - started) / 1000).toFixed(1)} detik). Tekan Ctrl-C untuk berhenti.`);

    const shutdown = (signal: NodeJS.Signals) => {
      log(`Menerima ${signal}, menghentikan portal…`);
      child.kill("SIGTERM");
    };
    process.once("SIGINT", shutdown);
    process.once("SIGTERM", shutdown);
    const code = await new Promise<number>((resolve) => child.on("exit", (c) => resolve(c ?? 0)));
    await stopDatabase();
    process.exit(code);
  } catch (error) {
    await stopDatabase();
    throw error;
  }
});
