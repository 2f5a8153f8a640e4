import "server-only";
import { getDb } from "@/lib/db/prisma";
import { getEnv } from "@/lib/env";
import { startAuditSequencer, type SequencerWorker } from "./sequencer-worker";
import { auditSigningKey } from "./signing-key";

const registry = globalThis as unknown as { portalZiAuditSequencer?: SequencerWorker };

/** Starts this web server's sequencer once (instrumentation.ts). */
export function startServerAuditSequencer(): void {
  const env = getEnv();
  if (registry.portalZiAuditSequencer || env.NEXT_PHASE === "phase-production-build") return;
  const signing = auditSigningKey(env);
  if (!signing) {
    // Without a key nothing can be signed; events stay unsealed and audit:verify says so.
    console.error("[audit] AUDIT_SIGNING_KEY dan AUTH_SECRET tidak diatur: peristiwa audit tidak disegel.");
    return;
  }
  registry.portalZiAuditSequencer = startAuditSequencer({ db: getDb(), signing });
}
