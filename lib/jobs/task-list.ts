import "server-only";
import type { Task, TaskList } from "graphile-worker";
import { z } from "zod";
import type { Db } from "@/lib/db/create-client";
import type { EvidenceStorage } from "@/lib/evidence/storage";
import { buildProposalPackageJob } from "@/lib/proposal/package/build-job";
import { PACKAGE_RETENTION_DAYS, pruneProposalPackages } from "@/lib/proposal/package/prune-packages";
import type { JobName } from "./job-names";

// The handler of every job name (job-names.ts). A handler that throws is retried by the queue
// with backoff until the job's max_attempts; every handler is idempotent.

export type JobContext = {
  db: Db;
  storage: EvidenceStorage;
  /** Proposal packages older than this are pruned daily (PACKAGE_RETENTION_DAYS). */
  packageRetentionDays?: number;
  log?: Pick<Console, "error">;
};

const PackagePayload = z.object({ packageId: z.string().uuid() });

export function createTaskList({ db, storage, packageRetentionDays = PACKAGE_RETENTION_DAYS, log = console }: JobContext): TaskList & Record<JobName, Task> {
  const buildPackage: Task = async (payload, helpers) => {
    const { packageId } = PackagePayload.parse(payload);
    await buildProposalPackageJob({ db, storage, packageId, willRetry: helpers.job.attempts < helpers.job.max_attempts, log });
  };
  const prunePackages: Task = async (_payload, helpers) => {
    const pruned = await pruneProposalPackages({ db, storage, olderThanDays: packageRetentionDays });
    if (pruned.packages > 0) helpers.logger.info(`${pruned.packages} paket usulan lama dihapus, ${pruned.files} berkas zip dihapus dari penyimpanan`);
  };
  return { "proposal-package.build": buildPackage, "proposal-package.prune": prunePackages };
}
