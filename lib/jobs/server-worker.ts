import "server-only";
import { getDb } from "@/lib/db/prisma";
import { getEnv } from "@/lib/env";
import { getEvidenceStorage } from "@/lib/evidence/storage";
import { recoverOrphanPackages } from "@/lib/proposal/package/recover-orphans";
import { startJobWorker, type JobWorker } from "./worker";

const registry = globalThis as unknown as { portalZiJobWorker?: Promise<JobWorker | null> };

/** Starts this web server's job worker once (instrumentation.ts), like the audit sequencer. */
export function startServerJobWorker(): void {
  const env = getEnv();
  if (registry.portalZiJobWorker || env.NEXT_PHASE === "phase-production-build" || !env.DATABASE_URL) return;
  const db = getDb();
  registry.portalZiJobWorker = startJobWorker({ connectionString: env.DATABASE_URL, db, storage: getEvidenceStorage() }).then(async (worker) => {
    await recoverOrphanPackages({ db }).catch((error: unknown) => console.error("[jobs] paket tanpa pekerjaan tidak dapat ditandai", error));
    return worker;
  }).catch((error: unknown) => {
    // The portal still serves; packages stay QUEUED until a server whose worker runs takes them.
    console.error("[jobs] antrean pekerjaan tidak dapat dijalankan; paket usulan tidak dibuat", error);
    return null;
  });
}
