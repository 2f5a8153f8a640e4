// The link between writers and the sequencer worker of this process. A writer asks for a seal
// after appending an event; the worker (started by instrumentation.ts in the web server) runs
// shortly after, by when the writer's transaction has usually committed — what it misses, its
// periodic catch-up seals. Outside the web server (scripts, tests) nobody listens: no-op.
// On globalThis because Next.js bundles instrumentation and routes separately, each with its
// own copy of this module.

type SealListener = () => void;

const registry = globalThis as unknown as { portalZiAuditSealListener?: SealListener };

export function requestAuditSeal(): void {
  registry.portalZiAuditSealListener?.();
}

/** Installs the process's listener; returns a function that removes it. */
export function onAuditSealRequest(listener: SealListener): () => void {
  registry.portalZiAuditSealListener = listener;
  return () => {
    if (registry.portalZiAuditSealListener === listener) delete registry.portalZiAuditSealListener;
  };
}
