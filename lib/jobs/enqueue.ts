import "server-only";
import type { Prisma } from "@/lib/db/generated/client";
import type { JobName, JobPayloads } from "./job-names";

// The outbox pattern without an outbox table: graphile_worker.add_job is plain SQL, so the job
// row is written in the caller's transaction. A rolled-back change leaves no job; a committed one
// always has its job, even if the server stops the next instant.

export type EnqueueOptions<N extends JobName> = {
  name: N;
  payload: JobPayloads[N];
  /** Jobs of one queue run one at a time, across every server. */
  queueName: string;
  maxAttempts?: number;
};

export async function enqueueJob<N extends JobName>(tx: Prisma.TransactionClient, { name, payload, queueName, maxAttempts = 3 }: EnqueueOptions<N>): Promise<void> {
  await tx.$executeRaw`SELECT graphile_worker.add_job(${name}::text, ${JSON.stringify(payload)}::json, queue_name => ${queueName}::text, max_attempts => ${maxAttempts}::int)`;
}
