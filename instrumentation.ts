import { getEnv } from "@/lib/env";

// Next.js calls register() once when a server starts. The audit sequencer runs in every
// Node.js server process (not in the edge runtime, not during `next build`).
export async function register() {
  const env = getEnv();
  if (env.NEXT_RUNTIME !== "nodejs" || env.NEXT_PHASE === "phase-production-build") return;
  const { startServerAuditSequencer } = await import("@/lib/audit/server-sequencer");
  startServerAuditSequencer();
}
