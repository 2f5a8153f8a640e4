import "server-only";
import type { Db } from "@/lib/db/create-client";
import type { Env } from "@/lib/env";
import type { EvidenceStorage } from "@/lib/evidence/storage";
import { recoverOrphanPackages } from "@/lib/proposal/package/recover-orphans";
import { startJobWorker, type JobWorker } from "./worker";

/** The worker as a web server (server-worker.ts) and `npm run worker` (scripts/worker.ts) both run it. */
export async function launchJobWorker({ env, connectionString, db, storage }: { env: Env; connectionString: string; db: Db; storage: EvidenceStorage }): Promise<JobWorker> {
  const worker = await startJobWorker({
    connectionString,
    db,
    storage,
    graceMs: env.JOB_STOP_GRACE_SECONDS * 1000,
    packageRetentionDays: env.PACKAGE_RETENTION_DAYS,
  });
  await recoverOrphanPackages({ db }).catch((error: unknown) => console.error("[jobs] paket tanpa pekerjaan tidak dapat ditandai", error));
  return worker;
}
