import "server-only";
import { randomUUID } from "node:crypto";
import { hostname } from "node:os";
import type { Db } from "@/lib/db/create-client";

// graphile-worker 0.16 has no heartbeat of its own: a job taken by a process that dies without
// stopping (SIGKILL, power loss) stays locked for its lock timeout of 4 hours. Every process
// that runs the worker therefore keeps a row in JobWorkerHeartbeat with the queue's worker ids it
// locks jobs under, and refreshes it; any worker, when it starts and at every beat, hands back
// through the queue's own force_unlock_workers the jobs of ids that no fresh row vouches for.
// Times are the database's (now()), so servers with skewed clocks agree on what is stale.

export const HEARTBEAT_EVERY_MS = 30_000;
/** Four missed beats: a busy event loop or a short database outage does not look like a death. */
export const WORKER_STALE_AFTER_MS = 120_000;

export type Heartbeat = { id: string; stop: (options?: { remove?: boolean }) => Promise<void> };

/**
 * Unlocks the jobs and job queues held by worker ids without a heartbeat fresher than
 * `staleAfterMs`, and forgets heartbeats older than that. A lock younger than the limit is left
 * alone: the worker that took it may not have written its first heartbeat yet.
 */
export async function unlockJobsOfDeadWorkers({ db, staleAfterMs = WORKER_STALE_AFTER_MS }: { db: Db; staleAfterMs?: number }): Promise<string[]> {
  const stale = staleAfterMs / 1000;
  const rows = await db.$queryRaw<{ locked_by: string }[]>`
    WITH alive AS (
      SELECT unnest("workerIds") AS id FROM "JobWorkerHeartbeat" WHERE "beatAt" > now() - make_interval(secs => ${stale}::float8)
    ), locks AS (
      SELECT locked_by, locked_at FROM graphile_worker._private_jobs WHERE locked_by IS NOT NULL
      UNION ALL
      SELECT locked_by, locked_at FROM graphile_worker._private_job_queues WHERE locked_by IS NOT NULL
    )
    SELECT DISTINCT locked_by FROM locks
    WHERE locked_at < now() - make_interval(secs => ${stale}::float8) AND locked_by NOT IN (SELECT id FROM alive)`;
  const dead = rows.map((r) => r.locked_by);
  if (dead.length > 0) await db.$executeRaw`SELECT graphile_worker.force_unlock_workers(${dead}::text[])`;
  await db.$executeRaw`DELETE FROM "JobWorkerHeartbeat" WHERE "beatAt" < now() - make_interval(secs => ${stale}::float8)`;
  return dead;
}

/** Releases the given workers' locks at once: this process gives its jobs back on a stop. */
export async function unlockJobsOf({ db, workerIds }: { db: Db; workerIds: string[] }): Promise<void> {
  if (workerIds.length === 0) return;
  await db.$executeRaw`SELECT graphile_worker.force_unlock_workers(${workerIds}::text[])`;
}

export type StartHeartbeatOptions = {
  db: Db;
  workerIds: string[];
  everyMs?: number;
  staleAfterMs?: number;
  log?: Pick<Console, "error" | "warn">;
};

/** Writes this process's heartbeat now and every `everyMs`, each time also unlocking dead workers' jobs. */
export async function startHeartbeat({ db, workerIds, everyMs = HEARTBEAT_EVERY_MS, staleAfterMs = WORKER_STALE_AFTER_MS, log = console }: StartHeartbeatOptions): Promise<Heartbeat> {
  const id = randomUUID();
  const beat = async () => {
    await db.$executeRaw`
      INSERT INTO "JobWorkerHeartbeat" (id, "workerIds", host, pid, "startedAt", "beatAt") VALUES (${id}::uuid, ${workerIds}::text[], ${hostname().slice(0, 255)}, ${process.pid}, now(), now())
      ON CONFLICT (id) DO UPDATE SET "beatAt" = now()`;
    const unlocked = await unlockJobsOfDeadWorkers({ db, staleAfterMs });
    if (unlocked.length > 0) log.warn(`[jobs] pekerjaan dari pekerja yang mati dilepas untuk diulang: ${unlocked.join(", ")}`);
  };
  await beat();
  let running: Promise<void> = Promise.resolve();
  const timer = setInterval(() => {
    running = beat().catch((error: unknown) => log.error("[jobs] detak pekerja tidak dapat dicatat; dicoba lagi", error));
  }, everyMs);
  timer.unref();
  return {
    id,
    stop: async ({ remove = true } = {}) => {
      clearInterval(timer);
      await running;
      if (remove) await db.$executeRaw`DELETE FROM "JobWorkerHeartbeat" WHERE id = ${id}::uuid`;
    },
  };
}
