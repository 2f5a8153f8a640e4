import "server-only";
import type { Db } from "@/lib/db/create-client";

// A package and its job are written together, and the job is deleted only after the handler has
// set READY or FAILED, so a QUEUED or BUILDING package without a job has lost it: the database
// was restored from a backup (which carries the public schema, not the queue's), or the queue's
// jobs were cleared by hand. Such a package is marked FAILED so the page offers "Coba lagi"
// instead of a progress bar that never moves.

export const PACKAGE_ORPHANED = "Pembuatan paket ini terputus (misalnya oleh pemulihan cadangan). Tekan “Coba lagi”.";

export async function recoverOrphanPackages({ db }: { db: Db }): Promise<number> {
  return db.$executeRaw`
    UPDATE "ProposalPackage" p SET status = 'FAILED', error = ${PACKAGE_ORPHANED}, "finishedAt" = now(), "updatedAt" = now()
    WHERE p.status IN ('QUEUED', 'BUILDING')
      AND NOT EXISTS (SELECT 1 FROM graphile_worker._private_jobs j WHERE j.payload->>'packageId' = p.id::text)`;
}
