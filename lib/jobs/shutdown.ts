import "server-only";

// A web server's job worker must stop before its process exits, or its running job stays locked.
// `next start` answers SIGTERM and SIGINT itself (node_modules/next/dist/server/lib/start-server.js,
// Next 16): it closes the HTTP server, waits for the open requests, and then calls
// process.exit(143 or 130) — with no request open, a few milliseconds after the signal, long
// before a job could finish or be handed back. Its exit is therefore held until the worker has
// stopped; the HTTP side of Next's shutdown still runs as before, at the same time. The worker's
// stop is bounded (JOB_STOP_GRACE_SECONDS, then the jobs are handed back), so the exit is too.

const STOP_SIGNALS = ["SIGTERM", "SIGINT"] as const;

export function holdExitUntilStopped({ stop, log = console }: { stop: () => Promise<unknown>; log?: Pick<Console, "error"> }): () => void {
  let stopping: Promise<unknown> | null = null;
  const onSignal = () => {
    if (stopping) return;
    stopping = stop().catch((error: unknown) => log.error("[jobs] pekerja antrean tidak berhenti dengan bersih", error));
    const exit = process.exit.bind(process);
    const held = stopping;
    process.exit = ((code?: number | string | null) => {
      void held.finally(() => exit(code));
    }) as typeof process.exit;
  };
  for (const signal of STOP_SIGNALS) process.on(signal, onSignal);
  return () => {
    for (const signal of STOP_SIGNALS) process.off(signal, onSignal);
  };
}
