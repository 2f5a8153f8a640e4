import "server-only";
import { EventEmitter } from "node:events";
import { run, type Runner, type WorkerEvents } from "graphile-worker";
import { jobCronItems } from "./cron-items";
import { HEARTBEAT_EVERY_MS, startHeartbeat, unlockJobsOf, WORKER_STALE_AFTER_MS } from "./heartbeat";
import { queueLogger } from "./logger";
import { createTaskList, type JobContext } from "./task-list";

// Runs the queue's jobs in this process: in every web server (unless JOB_WORKER_IN_WEB=false)
// or alone (npm run worker). graphile-worker takes each job with FOR UPDATE SKIP LOCKED, so a job
// runs in one process only, and LISTEN/NOTIFY wakes a worker as soon as a job's transaction
// commits (polling is the fallback).

export const STOP_GRACE_MS = 10_000;

/** How a stop ended: every running job finished in time, or the unfinished ones were handed back. */
export type StopOutcome = "finished" | "released";

export type JobWorker = { stop: (options?: { graceMs?: number }) => Promise<StopOutcome>; runner: Runner; workerIds: string[] };

export type StartJobWorkerOptions = JobContext & {
  connectionString: string;
  /** Jobs at once in this process: package builds are I/O and zlib, a few are enough. */
  concurrency?: number;
  pollIntervalMs?: number;
  heartbeatEveryMs?: number;
  staleAfterMs?: number;
  /** How long a stop waits for running jobs before handing them back (JOB_STOP_GRACE_SECONDS). */
  graceMs?: number;
};

export async function startJobWorker({
  connectionString,
  concurrency = 2,
  pollIntervalMs = 2_000,
  heartbeatEveryMs = HEARTBEAT_EVERY_MS,
  staleAfterMs = WORKER_STALE_AFTER_MS,
  graceMs: defaultGraceMs = STOP_GRACE_MS,
  ...context
}: StartJobWorkerOptions): Promise<JobWorker> {
  // The queue's worker ids are known only from its events; they are what a job's lock names.
  const events: WorkerEvents = new EventEmitter();
  const workerIds: string[] = [];
  events.on("worker:create", ({ worker }) => workerIds.push(worker.workerId));
  const runner = await run({
    connectionString,
    concurrency,
    pollInterval: pollIntervalMs,
    // The process's own shutdown (shutdown.ts) stops the worker; the queue must not install signal handlers.
    noHandleSignals: true,
    logger: queueLogger,
    events,
    taskList: createTaskList(context),
    // In code, not in a ./crontab file (cron-items.ts).
    parsedCronItems: jobCronItems(),
    // A pool of its own, small: the web requests keep Prisma's.
    maxPoolSize: concurrency + 2,
  });
  const heartbeat = await startHeartbeat({ db: context.db, workerIds, everyMs: heartbeatEveryMs, staleAfterMs }).catch(async (error: unknown) => {
    await runner.stop();
    throw error;
  });

  let stopping: Promise<StopOutcome> | null = null;
  const stop = async ({ graceMs = defaultGraceMs }: { graceMs?: number } = {}): Promise<StopOutcome> => {
    stopping ??= (async () => {
      // No new job is taken from here on; a running one may finish within the grace period.
      const stopped = runner.stop().then(() => "finished" as const);
      let timer: NodeJS.Timeout | undefined;
      const outcome = await Promise.race([stopped, new Promise<"released">((resolve) => (timer = setTimeout(() => resolve("released"), graceMs)))]);
      clearTimeout(timer);
      if (outcome === "released") {
        // force_unlock_workers leaves run_at as it was, so another process takes the job at its
        // next poll; the handlers are idempotent, so the rebuild starts cleanly from the beginning.
        await unlockJobsOf({ db: context.db, workerIds });
        queueLogger.warn(`Pekerjaan yang belum selesai dalam ${graceMs} ms dilepas untuk diambil pekerja lain`);
      }
      await heartbeat.stop();
      return outcome;
    })();
    return stopping;
  };
  return { runner, workerIds, stop };
}
