import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTempStorage } from "@/lib/evidence/test-fixture";
import { getTestDb, resetDatabase, testDatabaseUrl } from "@/tests/support/db";
import { spawnScript, type Spawned } from "@/tests/support/spawned";
import { createBuildablePackage, holdPackageRow, jobLockOf, waitUntil } from "./test-fixture";
import { startJobWorker, type JobWorker } from "./worker";

// `npm run worker` as its own process (scripts/worker.ts) against the real PostgreSQL: it builds
// what web servers enqueue; SIGTERM lets a running job finish or, after the grace period, hands
// it back at once; a SIGKILL leaves the job locked until a live worker sees the heartbeat stale.

const db = () => getTestDb();
const silent = { error: () => undefined };
let temp: Awaited<ReturnType<typeof createTempStorage>>;
let spawned: Spawned[] = [];
let workers: JobWorker[] = [];
let held: { release: () => Promise<void> } | null = null;

function startStandalone(env: Record<string, string> = {}): Spawned {
  const worker = spawnScript("scripts/worker.ts", [], { DATABASE_URL: testDatabaseUrl(), EVIDENCE_DIR: temp.dir, JOB_STOP_GRACE_SECONDS: "1", ...env }, ["--conditions=react-server"]);
  spawned.push(worker);
  return worker;
}

const packageStatus = async (id: string) => (await db().proposalPackage.findUniqueOrThrow({ where: { id }, select: { status: true } })).status;

beforeEach(async () => {
  await resetDatabase();
  temp = await createTempStorage();
});
afterEach(async () => {
  await held?.release();
  held = null;
  for (const s of spawned) if (s.child.exitCode === null && s.child.signalCode === null) s.child.kill("SIGKILL");
  spawned = [];
  await Promise.all(workers.map((w) => w.stop({ graceMs: 2_000 })));
  workers = [];
  await temp.remove();
});

describe("npm run worker", () => {
  it("builds the packages web servers enqueue, keeps a heartbeat, and stops on SIGTERM with exit 0 and no heartbeat left", async () => {
    const worker = startStandalone();
    await worker.waitFor(/Pekerja antrean berjalan/, 60_000);
    const heartbeat = await db().jobWorkerHeartbeat.findFirstOrThrow();
    expect(heartbeat.pid).toBe(worker.child.pid);
    expect(heartbeat.workerIds).toHaveLength(2);

    const { packageId } = await createBuildablePackage(db());
    await waitUntil("paket READY", async () => (await packageStatus(packageId)) === "READY");
    expect(await jobLockOf(db(), packageId)).toBeNull();

    worker.child.kill("SIGTERM");
    expect(await worker.exited).toEqual({ code: 0, signal: null });
    expect(worker.output()).toContain("tidak ada pekerjaan yang tertinggal");
    expect(await db().jobWorkerHeartbeat.count()).toBe(0);
  }, 90_000);

  it("on SIGTERM mid-job waits the grace period, then releases the job's lock so another worker builds it at once", async () => {
    const { packageId } = await createBuildablePackage(db());
    held = await holdPackageRow(testDatabaseUrl(), packageId);
    const worker = startStandalone({ JOB_STOP_GRACE_SECONDS: "2" });
    await worker.waitFor(/Pekerja antrean berjalan/, 60_000);
    const [taken] = await Promise.all([waitUntil("pekerjaan dikunci", async () => (await jobLockOf(db(), packageId))?.lockedBy)]);
    expect((await db().jobWorkerHeartbeat.findFirstOrThrow()).workerIds).toContain(taken);

    const signalled = Date.now();
    worker.child.kill("SIGTERM");
    expect(await worker.exited).toEqual({ code: 0, signal: null });
    const took = Date.now() - signalled;
    expect(took).toBeGreaterThanOrEqual(2_000);
    expect(took).toBeLessThan(10_000);
    expect(worker.output()).toContain("dilepas untuk pekerja lain");
    expect(await jobLockOf(db(), packageId)).toMatchObject({ lockedBy: null, lockedAt: null, queueLockedBy: null, attempts: 1 });
    expect(await db().jobWorkerHeartbeat.count()).toBe(0);

    await held.release();
    held = null;
    workers.push(await startJobWorker({ connectionString: testDatabaseUrl(), db: db(), storage: temp.storage, pollIntervalMs: 200, log: silent }));
    await waitUntil("paket READY", async () => (await packageStatus(packageId)) === "READY", 20_000);
  }, 90_000);

  it("killed mid-job (SIGKILL), its job is unlocked by a live worker once the heartbeat is stale, and built", async () => {
    const { packageId } = await createBuildablePackage(db());
    held = await holdPackageRow(testDatabaseUrl(), packageId);
    const worker = startStandalone();
    await worker.waitFor(/Pekerja antrean berjalan/, 60_000);
    const dead = await waitUntil("pekerjaan dikunci", async () => (await jobLockOf(db(), packageId))?.lockedBy);
    worker.child.kill("SIGKILL");
    expect(await worker.exited).toEqual({ code: null, signal: "SIGKILL" });
    // Nothing released it: the lock and the heartbeat stay as the dead process left them.
    expect((await jobLockOf(db(), packageId))?.lockedBy).toBe(dead);
    expect(await db().jobWorkerHeartbeat.count()).toBe(1);
    await held.release();
    held = null;

    // A live worker with a short limit (production: 2 minutes) sweeps at every beat.
    const died = Date.now();
    workers.push(await startJobWorker({ connectionString: testDatabaseUrl(), db: db(), storage: temp.storage, pollIntervalMs: 200, heartbeatEveryMs: 250, staleAfterMs: 1_500, log: silent }));
    await waitUntil("paket READY", async () => (await packageStatus(packageId)) === "READY", 20_000);
    expect(Date.now() - died).toBeGreaterThanOrEqual(1_000);
    expect(await db().jobWorkerHeartbeat.count()).toBe(1);
  }, 90_000);

  it("refuses to start without DATABASE_URL, in one line", async () => {
    const worker = spawnScript("scripts/worker.ts", [], { EVIDENCE_DIR: temp.dir }, ["--conditions=react-server"]);
    spawned.push(worker);
    expect((await worker.exited).code).toBe(1);
    expect(worker.output().trim()).toMatch(/^npm run worker memerlukan DATABASE_URL/);
  }, 60_000);
});
