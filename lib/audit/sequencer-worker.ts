import "server-only";
import type { Db } from "@/lib/db/create-client";
import type { AuditSigningKey } from "./checkpoint";
import { onAuditSealRequest } from "./seal-request";
import { sealAuditEvents } from "./sequencer";

// Runs the sequencer in a web server process: shortly after a writer asks (the writer's
// transaction has usually committed by then), and every few seconds to catch what a request
// missed — events of a transaction that committed later, of another server that stopped, or
// from before this one started. Every server runs one; the sequencer's try-lock lets one seal
// at a time, and a server that found it busy tries again shortly, so its own events are never
// left to the catch-up alone.

export type SequencerWorker = { stop: () => Promise<void> };

export type StartAuditSequencerOptions = {
  db: Db;
  signing: AuditSigningKey;
  /** Wait after a request, so one run seals the events of many saves. */
  delayMs?: number;
  catchUpMs?: number;
  log?: Pick<Console, "error">;
};

/** After a refusal (a broken migrated chain) the check is repeated this rarely: it reads the whole chain. */
const REFUSED_PAUSE_MS = 10 * 60_000;

export function startAuditSequencer({ db, signing, delayMs = 100, catchUpMs = 5_000, log = console }: StartAuditSequencerOptions): SequencerWorker {
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<void> | null = null;
  let again = false;
  let stopped = false;
  let pausedUntil = 0;

  const schedule = (ms: number) => {
    if (stopped || timer) return;
    timer = setTimeout(() => {
      timer = null;
      void run();
    }, ms);
  };

  const sealOnce = async () => {
    try {
      const outcome = await sealAuditEvents({ db, signing });
      if (outcome.status === "busy") schedule(250);
      if (outcome.status === "refused") {
        pausedUntil = Date.now() + REFUSED_PAUSE_MS;
        log.error(`[audit] rantai audit lama RUSAK, peristiwa baru tidak disegel: ${outcome.reason}. Jalankan npm run audit:verify.`);
      }
    } catch (error) {
      log.error("[audit] penyegelan peristiwa audit gagal; diulang sebentar lagi", error);
      schedule(1_000);
    }
  };

  const run = async () => {
    if (running) {
      again = true;
      return;
    }
    if (Date.now() < pausedUntil) return;
    running = sealOnce();
    await running;
    running = null;
    if (again) {
      again = false;
      schedule(delayMs);
    }
  };

  const stopListening = onAuditSealRequest(() => schedule(delayMs));
  const catchUp = setInterval(() => schedule(0), catchUpMs);
  catchUp.unref();
  schedule(0);
  return {
    stop: async () => {
      stopped = true;
      stopListening();
      clearInterval(catchUp);
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}
