import { parseCronItems, type ParsedCronItem } from "graphile-worker";
import type { JobName } from "./job-names";

// Recurring jobs, in code rather than a ./crontab file. Every worker process schedules them, and
// graphile-worker's known_crontabs bookkeeping lets one of them enqueue each run; backfill of a
// day catches a run missed while every worker was down. graphile-worker 0.16 reads the patterns
// in UTC (cron.js digestTimestamp), whatever the server's time zone.

type CronTask = { task: JobName; match: string; identifier: string };

const CRON_TASKS: readonly CronTask[] = [
  // 19:30 UTC: 02:30 WIB, 03:30 WITA, 04:30 WIT, a quiet hour for deleting zips anywhere in Indonesia.
  { task: "proposal-package.prune", match: "30 19 * * *", identifier: "proposal-package.prune" },
];

export function jobCronItems(): ParsedCronItem[] {
  return parseCronItems(CRON_TASKS.map((item) => ({ ...item, options: { backfillPeriod: 24 * 60 * 60 * 1000, maxAttempts: 3, queueName: item.identifier } })));
}
