import "server-only";
import { run, type Runner } from "graphile-worker";
import { queueLogger } from "./logger";
import { createTaskList, type JobContext } from "./task-list";

// Runs the queue's jobs in this process. Every web server runs one; graphile-worker takes each
// job with FOR UPDATE SKIP LOCKED, so a job runs on one server only, and LISTEN/NOTIFY wakes
// a worker as soon as a job's transaction commits (polling is the fallback).

export type JobWorker = { stop: () => Promise<void>; runner: Runner };

export type StartJobWorkerOptions = JobContext & {
  connectionString: string;
  /** Jobs at once in this process: package builds are I/O and zlib, a few are enough. */
  concurrency?: number;
  pollIntervalMs?: number;
};

export async function startJobWorker({ connectionString, concurrency = 2, pollIntervalMs = 2_000, ...context }: StartJobWorkerOptions): Promise<JobWorker> {
  const runner = await run({
    connectionString,
    concurrency,
    pollInterval: pollIntervalMs,
    // The server's own shutdown stops the worker; the queue must not install signal handlers.
    noHandleSignals: true,
    logger: queueLogger,
    taskList: createTaskList(context),
    // No recurring jobs yet; without this the worker looks for a ./crontab file.
    parsedCronItems: [],
    // A pool of its own, small: the web requests keep Prisma's.
    maxPoolSize: concurrency + 2,
  });
  return { runner, stop: () => runner.stop() };
}
