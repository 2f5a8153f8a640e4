import "server-only";
import { getDb } from "@/lib/db/prisma";
import { getEnv } from "@/lib/env";
import { getEvidenceStorage } from "@/lib/evidence/storage";
import { launchJobWorker } from "./launch";
import { holdExitUntilStopped } from "./shutdown";
import type { JobWorker } from "./worker";

const registry = globalThis as unknown as { portalZiJobWorker?: Promise<JobWorker | null> };

/** Starts this web server's job worker once (instrumentation.ts), like the audit sequencer. */
export function startServerJobWorker(): void {
  const env = getEnv();
  if (registry.portalZiJobWorker || env.NEXT_PHASE === "phase-production-build" || !env.DATABASE_URL) return;
  if (!env.JOB_WORKER_IN_WEB) {
    console.info("[jobs] JOB_WORKER_IN_WEB=false: server ini tidak menjalankan pekerjaan antrean; jalankan `npm run worker`");
    registry.portalZiJobWorker = Promise.resolve(null);
    return;
  }
  const started = launchJobWorker({ env, connectionString: env.DATABASE_URL, db: getDb(), storage: getEvidenceStorage() }).catch((error: unknown) => {
    // The portal still serves; packages stay QUEUED until a process whose worker runs takes them.
    console.error("[jobs] antrean pekerjaan tidak dapat dijalankan; paket usulan tidak dibuat", error);
    return null;
  });
  registry.portalZiJobWorker = started;
  holdExitUntilStopped({ stop: async () => (await started)?.stop() });
}
