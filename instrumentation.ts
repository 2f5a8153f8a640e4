import type { Instrumentation } from "next";

// Next.js calls register() once when a server starts. The audit sequencer, the job worker and the request
// logging run in every Node.js server process, not in the edge runtime and not during `next build`.
export async function register() {
  // NEXT_RUNTIME is replaced by Next.js at build time, which drops the Node.js-only import from
  // the edge bundle; that is why it is read here and not through lib/env.ts.
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startServerLogging } = await import("@/lib/log/server-logging");
  startServerLogging();
  const { startServerAuditSequencer } = await import("@/lib/audit/server-sequencer");
  startServerAuditSequencer();
  const { startServerJobWorker } = await import("@/lib/jobs/server-worker");
  startServerJobWorker();
}

export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { logRequestError } = await import("@/lib/log/server-logging");
  logRequestError(error, request, context);
};
