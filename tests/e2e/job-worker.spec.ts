import type { ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { createPrismaClient, type Db } from "@/lib/db/create-client";
import { prepareDatabase } from "@/lib/db/prepare";
import { createBuildablePackage, holdPackageRow, jobLockOf, waitUntil } from "@/lib/jobs/test-fixture";
import { findFreePort } from "@/lib/net/port";
import { serveBuiltApp } from "@/scripts/lib/serve";
import { assertLocalDatabase } from "../support/assert-local-database";
import { spawnScript, type Spawned } from "../support/spawned";
import { expect, test } from "./fixtures";

// The job queue with real `next start` processes (lib/jobs): a web server stopped with SIGTERM in
// the middle of a package build waits its grace period and hands the job back before Next.js
// exits; a web server with JOB_WORKER_IN_WEB=false takes no job; `npm run worker` does.
// A database of its own: the suite's shared server runs a worker too, and would take these jobs.

const NAME = `portal_zi_e2e_jobs_${randomBytes(3).toString("hex")}`;
let url = "";
let db: Db;
let evidenceDir = "";
const children: ChildProcess[] = [];
const spawned: Spawned[] = [];

function adminUrl(): string {
  const base = process.env.E2E_DATABASE_URL;
  if (!base) throw new Error("E2E_DATABASE_URL belum diatur: jalankan lewat `npm test`.");
  assertLocalDatabase(base);
  const u = new URL(base);
  u.pathname = "/postgres";
  return u.toString();
}

async function admin(sql: string) {
  const client = new pg.Client({ connectionString: adminUrl() });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

async function serve(env: Record<string, string>, onOutput?: (text: string) => void): Promise<ChildProcess> {
  const child = await serveBuiltApp({
    port: await findFreePort(),
    timeoutMs: 180_000,
    onOutput,
    env: { ...process.env, DATABASE_URL: url, AUTH_SECRET: randomBytes(32).toString("base64url"), DEMO_MODE: "true", NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", EVIDENCE_DIR: evidenceDir, ...env },
  });
  children.push(child);
  return child;
}

const exitOf = (child: ChildProcess) =>
  new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve({ code: child.exitCode, signal: child.signalCode });
    else child.once("exit", (code, signal) => resolve({ code, signal }));
  });

test.describe.configure({ timeout: 420_000 });

test.beforeAll(async () => {
  test.setTimeout(180_000);
  await admin(`CREATE DATABASE ${NAME}`);
  const u = new URL(adminUrl());
  u.pathname = `/${NAME}`;
  url = u.toString();
  await prepareDatabase({ connectionString: url, demo: false });
  db = createPrismaClient(url);
  evidenceDir = await mkdtemp(path.join(tmpdir(), "portal-zi-e2e-jobs-"));
});

test.afterAll(async () => {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
  for (const s of spawned) if (s.child.exitCode === null && s.child.signalCode === null) s.child.kill("SIGKILL");
  await db?.$disconnect();
  await admin(`DROP DATABASE IF EXISTS ${NAME} WITH (FORCE)`);
  await rm(evidenceDir, { recursive: true, force: true });
});

test("next start: SIGTERM di tengah pekerjaan melepas kuncinya; server tanpa worker tidak mengambilnya; npm run worker membangunnya", async () => {
  const { packageId } = await createBuildablePackage(db);
  // The build waits at its first write for as long as this row is held: a job still running at SIGTERM.
  const held = await holdPackageRow(url, packageId);

  let logA = "";
  const serverA = await serve({ JOB_STOP_GRACE_SECONDS: "2" }, (text) => (logA += text));
  const lockedBy = await waitUntil("server A mengambil pekerjaan", async () => (await jobLockOf(db, packageId))?.lockedBy, 30_000);
  const heartbeat = await db.jobWorkerHeartbeat.findFirstOrThrow();
  // The worker runs inside the `next start` process itself, the one that gets the signal.
  expect(heartbeat.pid).toBe(serverA.pid);
  expect(heartbeat.workerIds).toContain(lockedBy);

  const signalled = Date.now();
  serverA.kill("SIGTERM");
  const exited = await exitOf(serverA);
  const took = Date.now() - signalled;
  // Next.js's own exit code for SIGTERM, held back until the grace period was over and the job handed back.
  expect(exited).toEqual({ code: 143, signal: null });
  expect(took).toBeGreaterThanOrEqual(2_000);
  expect(took).toBeLessThan(15_000);
  expect(await jobLockOf(db, packageId)).toMatchObject({ lockedBy: null, lockedAt: null, queueLockedBy: null, attempts: 1 });
  expect(await db.jobWorkerHeartbeat.count()).toBe(0);
  expect(logA).toContain("dilepas untuk diambil pekerja lain");
  await held.release();

  // A web server with the switch off: the job is due and free, and it stays so.
  let logB = "";
  await serve({ JOB_WORKER_IN_WEB: "false" }, (text) => (logB += text));
  await new Promise((r) => setTimeout(r, 6_000));
  // Taking a job counts an attempt: still the one of server A. (The row itself may say BUILDING:
  // server A's first write, waiting on the held row when it exited, commits once the row is free.)
  expect(await jobLockOf(db, packageId)).toMatchObject({ lockedBy: null, attempts: 1 });
  expect(await db.jobWorkerHeartbeat.count()).toBe(0);
  expect(logB).toContain("JOB_WORKER_IN_WEB=false");

  // The standalone worker takes it and builds it into the same storage.
  const worker = spawnScript("scripts/worker.ts", [], { DATABASE_URL: url, EVIDENCE_DIR: evidenceDir }, ["--conditions=react-server"]);
  spawned.push(worker);
  await worker.waitFor(/Pekerja antrean berjalan/, 60_000);
  const ready = await waitUntil("paket READY", async () => {
    const row = await db.proposalPackage.findUniqueOrThrow({ where: { id: packageId } });
    return row.status === "READY" ? row : null;
  }, 60_000);
  expect(ready.sha256).toMatch(/^[0-9a-f]{64}$/);
  expect(await jobLockOf(db, packageId)).toBeNull();
  worker.child.kill("SIGTERM");
  expect(await worker.exited).toEqual({ code: 0, signal: null });
});
