// `npm run --silent bench:job-recovery` (a benchmark, not a test): how long the job queue takes to
// give a package build back, with the production settings (lib/jobs). On a throw-away PostgreSQL,
// `npm run worker` processes (scripts/worker.ts) build a package whose row another connection
// holds, so the job is still running when the worker is stopped; a second worker waits beside it.
// Prints, as JSON, in seconds: an idle worker's SIGTERM to exit; a busy worker's SIGTERM to exit
// (JOB_STOP_GRACE_SECONDS) and its exit to the second worker holding the job; a SIGKILL to the
// second worker holding the job (heartbeat every 30 s, stale after 2 minutes).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createPrismaClient, type Db } from "@/lib/db/create-client";
import { startEmbeddedPostgres } from "@/lib/db/embedded";
import { prepareDatabase } from "@/lib/db/prepare";
import { addPackage, createBuildablePackage, holdPackageRow, jobLockOf, waitUntil } from "@/lib/jobs/test-fixture";
import { findFreePort } from "@/lib/net/port";
import { spawnScript, type Spawned } from "@/tests/support/spawned";

const log = (line: string) => process.stderr.write(`[bench:job-recovery] ${line}\n`);
const seconds = (ms: number) => Math.round(ms / 100) / 10;

const work = mkdtempSync(path.join(tmpdir(), "portal-zi-bench-jobs-"));
const pg = await startEmbeddedPostgres({ dataDir: path.join(work, "pg"), port: await findFreePort() });
const workers: Spawned[] = [];
let db: Db | undefined;
try {
  await pg.createDatabase("bench");
  const url = pg.url("bench");
  await prepareDatabase({ connectionString: url, demo: false });
  db = createPrismaClient(url);
  const start = async () => {
    const worker = spawnScript("scripts/worker.ts", [], { DATABASE_URL: url, EVIDENCE_DIR: path.join(work, "evidence") }, ["--conditions=react-server"]);
    workers.push(worker);
    await worker.waitFor(/Pekerja antrean berjalan/, 120_000);
    return worker;
  };
  const stopTimed = async (worker: Spawned, signal: NodeJS.Signals) => {
    const at = performance.now();
    worker.child.kill(signal);
    await worker.exited;
    return { at, took: performance.now() - at };
  };
  const takenBy = (packageId: string, worker: Spawned) =>
    waitUntil("pekerjaan diambil", async () => {
      const lock = await jobLockOf(db!, packageId);
      const ids = (await db!.jobWorkerHeartbeat.findMany({ where: { pid: worker.child.pid! } })).flatMap((h) => h.workerIds);
      return lock?.lockedBy && ids.includes(lock.lockedBy) ? performance.now() : null;
    }, 300_000);

  log("Worker menganggur, SIGTERM…");
  const idleStop = await stopTimed(await start(), "SIGTERM");

  log("Worker sibuk, SIGTERM (JOB_STOP_GRACE_SECONDS bawaan)…");
  const first = await createBuildablePackage(db);
  let held = await holdPackageRow(url, first.packageId);
  const busy = await start();
  await waitUntil("pekerjaan dikunci", async () => (await jobLockOf(db!, first.packageId))?.lockedBy, 60_000);
  const standby = await start();
  const busyStop = await stopTimed(busy, "SIGTERM");
  const retakenAfterStop = (await takenBy(first.packageId, standby)) - (busyStop.at + busyStop.took);
  await held.release();
  await waitUntil("paket READY", async () => (await db!.proposalPackage.findUniqueOrThrow({ where: { id: first.packageId } })).status === "READY", 120_000);

  log("Worker sibuk, SIGKILL; menunggu detaknya basi (±2–2½ menit)…");
  await stopTimed(standby, "SIGTERM");
  const secondId = await addPackage(db, { roundId: first.roundId, requestedById: first.adminId });
  held = await holdPackageRow(url, secondId);
  const doomed = await start();
  await waitUntil("pekerjaan dikunci", async () => (await jobLockOf(db!, secondId))?.lockedBy, 60_000);
  const rescuer = await start();
  const kill = await stopTimed(doomed, "SIGKILL");
  await held.release();
  const retakenAfterKill = (await takenBy(secondId, rescuer)) - kill.at;

  process.stdout.write(
    `${JSON.stringify(
      {
        idleStopSeconds: seconds(idleStop.took),
        busyStopSeconds: seconds(busyStop.took),
        retakenAfterStopSeconds: seconds(retakenAfterStop),
        retakenAfterKillSeconds: seconds(retakenAfterKill),
      },
      null,
      2,
    )}\n`,
  );
} finally {
  for (const w of workers) if (w.child.exitCode === null && w.child.signalCode === null) w.child.kill("SIGKILL");
  await db?.$disconnect();
  await pg.stop();
  rmSync(work, { recursive: true, force: true });
}
