// `npm start` without Next.js, for fault tests that must not wait for a build: the same bundled
// PostgreSQL (DATA_DIR, EMBEDDED_PG_PORT), the same supervision and exit codes
// (scripts/lib/run-servers.ts), and a stand-in web server process that only stays alive.
// Prints DATABASE_URL=… and WEB_PID=… for the test; restart delays are short (HARNESS_DELAYS_MS).
import { spawn } from "node:child_process";
import path from "node:path";
import { startEmbeddedPostgres } from "@/lib/db/embedded";
import { runMain } from "@/scripts/lib/run-main";
import { runServers } from "@/scripts/lib/run-servers";

const log = (line: string) => process.stdout.write(`${line}\n`);

runMain(async () => {
  const dataDir = process.env.DATA_DIR!;
  const embedded = await startEmbeddedPostgres({ dataDir: path.join(dataDir, "postgres"), port: Number(process.env.EMBEDDED_PG_PORT) });
  await embedded.createDatabase("portal_zi");
  log(`DATABASE_URL=${embedded.url("portal_zi")}`);
  const code = await runServers({
    embedded,
    log,
    restartDelaysMs: (process.env.HARNESS_DELAYS_MS ?? "300,600,1200").split(",").map(Number),
    startWeb: () => {
      const web = spawn(process.execPath, ["-e", "setInterval(() => {}, 1 << 30)"], { stdio: "ignore" });
      log(`WEB_PID=${web.pid}`);
      return web;
    },
  });
  process.exit(code);
});
