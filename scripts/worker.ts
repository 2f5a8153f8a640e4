// `npm run worker`: the job queue's worker alone, for web servers started with
// JOB_WORKER_IN_WEB=false. The same jobs and daily clean-up as the worker inside a web server, on
// the same DATABASE_URL and evidence storage; several may run. SIGTERM or Ctrl-C stops taking
// jobs, lets a running one finish for JOB_STOP_GRACE_SECONDS and hands it back otherwise (exit 0).
import { createPrismaClient } from "@/lib/db/create-client";
import { migrateDatabase } from "@/lib/db/migrate";
import { assertReachable, MIGRATIONS_DIR } from "@/lib/db/prepare";
import { getEnv } from "@/lib/env";
import { getEvidenceStorage } from "@/lib/evidence/storage";
import { installJobQueue } from "@/lib/jobs/install-queue";
import { launchJobWorker } from "@/lib/jobs/launch";
import { StartupError } from "@/lib/startup-error";
import { runMain } from "./lib/run-main";

const log = (line: string) => process.stdout.write(`[worker] ${line}\n`);

runMain(async () => {
  const env = getEnv();
  const connectionString = env.DATABASE_URL;
  if (!connectionString) {
    throw new StartupError("npm run worker memerlukan DATABASE_URL, basis data yang sama dengan server web (PostgreSQL bawaan hanya untuk satu server `npm start`).");
  }
  await assertReachable(connectionString);
  // As `npm start` does before serving, minus the demo data: a worker of a new version may start first.
  const migrated = await migrateDatabase({ connectionString, migrationsDir: MIGRATIONS_DIR });
  await installJobQueue({ connectionString });
  const db = createPrismaClient(connectionString);
  const worker = await launchJobWorker({ env, connectionString, db, storage: getEvidenceStorage() });
  log(`Pekerja antrean berjalan (pid ${process.pid}, migrasi baru ${migrated.applied.length}). Tekan Ctrl-C untuk berhenti.`);

  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    log(`Menerima ${signal}, berhenti mengambil pekerjaan…`);
    void worker
      .stop()
      .then(async (outcome) => {
        if (outcome === "finished") {
          log("Pekerja antrean berhenti; tidak ada pekerjaan yang tertinggal.");
          await db.$disconnect();
        } else {
          // The unfinished job still holds a database connection, which a disconnect would wait for.
          log("Pekerja antrean berhenti; pekerjaan yang belum selesai dilepas untuk pekerja lain.");
        }
        process.exit(0);
      })
      .catch((error: unknown) => {
        process.stderr.write(`Pekerja antrean tidak berhenti dengan bersih: ${error instanceof Error ? error.message : String(error)}\n`);
        process.exit(1);
      });
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
});
