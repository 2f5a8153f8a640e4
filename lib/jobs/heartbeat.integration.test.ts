import { beforeEach, describe, expect, it } from "vitest";
import { getTestDb, resetDatabase } from "@/tests/support/db";
import { startHeartbeat, unlockJobsOfDeadWorkers } from "./heartbeat";

// The crash path (a worker killed without a stop): which locks the sweep hands back, against the
// queue's real tables. The whole path with a killed process is in standalone-worker.integration.test.ts.

const db = () => getTestDb();
const STALE_MS = 2 * 60_000;

/** A job of its own queue, locked by `worker` since `minutesAgo`, as graphile-worker locks it. */
async function lockedJob(worker: string, minutesAgo: number): Promise<string> {
  const [job] = await db().$queryRaw<{ id: string }[]>`SELECT id::text FROM graphile_worker.add_job('proposal-package.build', '{}'::json, queue_name => ${`q-${worker}`})`;
  const at = new Date(Date.now() - minutesAgo * 60_000);
  await db().$executeRaw`UPDATE graphile_worker._private_jobs SET locked_by = ${worker}, locked_at = ${at}, attempts = 1 WHERE id = ${job!.id}::bigint`;
  await db().$executeRaw`UPDATE graphile_worker._private_job_queues SET locked_by = ${worker}, locked_at = ${at} WHERE queue_name = ${`q-${worker}`}`;
  return job!.id;
}

async function heartbeatRow(workerIds: string[], minutesAgo: number) {
  await db().$executeRaw`INSERT INTO "JobWorkerHeartbeat" (id, "workerIds", host, pid, "startedAt", "beatAt")
    VALUES (gen_random_uuid(), ${workerIds}::text[], 'uji', 1, now() - interval '1 hour', now() - make_interval(mins => ${minutesAgo}::int))`;
}

const locks = () =>
  db().$queryRaw<{ job: string | null; queue: string | null; name: string }[]>`
    SELECT j.locked_by AS job, q.locked_by AS queue, q.queue_name AS name FROM graphile_worker._private_jobs j
    JOIN graphile_worker._private_job_queues q ON q.id = j.job_queue_id ORDER BY q.queue_name`;

beforeEach(() => resetDatabase());

describe("unlocking the jobs of dead workers", () => {
  it("hands back the locks of a worker whose heartbeat stopped, and of one that never wrote any, and no other", async () => {
    await heartbeatRow(["worker-dead", "worker-dead-2"], 5);
    await heartbeatRow(["worker-alive"], 0);
    await lockedJob("worker-dead", 10);
    await lockedJob("worker-unknown", 10);
    // Locked long ago, but its process still beats: a long build, not a death.
    await lockedJob("worker-alive", 60);
    // Locked a moment ago by a worker whose first heartbeat is not written yet.
    await lockedJob("worker-new", 0);

    const unlocked = await unlockJobsOfDeadWorkers({ db: db(), staleAfterMs: STALE_MS });
    expect(unlocked.sort()).toEqual(["worker-dead", "worker-unknown"]);
    expect(await locks()).toEqual([
      { name: "q-worker-alive", job: "worker-alive", queue: "worker-alive" },
      { name: "q-worker-dead", job: null, queue: null },
      { name: "q-worker-new", job: "worker-new", queue: "worker-new" },
      { name: "q-worker-unknown", job: null, queue: null },
    ]);
    // The stale heartbeat is forgotten; the fresh one stays.
    expect((await db().jobWorkerHeartbeat.findMany({ select: { workerIds: true } })).map((r) => r.workerIds)).toEqual([["worker-alive"]]);
    // Unlocking leaves the attempt count and run time alone: another worker takes the job at once.
    const [job] = await db().$queryRaw<{ attempts: number; due: boolean }[]>`
      SELECT j.attempts, j.run_at <= now() AS due FROM graphile_worker._private_jobs j JOIN graphile_worker._private_job_queues q ON q.id = j.job_queue_id WHERE q.queue_name = 'q-worker-dead'`;
    expect(job).toEqual({ attempts: 1, due: true });
  });

  it("a heartbeat keeps its own workers' jobs locked, and once it is stopped without removal the next sweep frees them", async () => {
    const beat = await startHeartbeat({ db: db(), workerIds: ["worker-mine"], everyMs: 60_000, staleAfterMs: STALE_MS });
    await lockedJob("worker-mine", 30);
    expect(await unlockJobsOfDeadWorkers({ db: db(), staleAfterMs: STALE_MS })).toEqual([]);
    expect((await locks())[0]?.job).toBe("worker-mine");
    const row = await db().jobWorkerHeartbeat.findUniqueOrThrow({ where: { id: beat.id } });
    expect(row).toMatchObject({ workerIds: ["worker-mine"], pid: process.pid });

    // A crash: the row stays but stops being refreshed.
    await beat.stop({ remove: false });
    await db().$executeRaw`UPDATE "JobWorkerHeartbeat" SET "beatAt" = now() - interval '3 minutes' WHERE id = ${beat.id}::uuid`;
    expect(await unlockJobsOfDeadWorkers({ db: db(), staleAfterMs: STALE_MS })).toEqual(["worker-mine"]);
    expect((await locks())[0]).toMatchObject({ job: null, queue: null });
    expect(await db().jobWorkerHeartbeat.count()).toBe(0);
  });

  it("a stop removes the heartbeat", async () => {
    const beat = await startHeartbeat({ db: db(), workerIds: ["worker-x"], everyMs: 60_000 });
    expect(await db().jobWorkerHeartbeat.count()).toBe(1);
    await beat.stop();
    expect(await db().jobWorkerHeartbeat.count()).toBe(0);
  });
});
