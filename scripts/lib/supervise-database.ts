import type { EmbeddedDatabase, EmbeddedExit } from "@/lib/db/embedded";

// `npm start` supervises the bundled PostgreSQL (issue 11, kill -9 probe): when it dies the
// portal would otherwise serve 500s until someone notices. It is started again on the same
// folder and port, after 1, 2, 4, 8 and 16 s; a server that then stays up for a minute starts
// the count afresh. After the last failed try `npm start` stops the portal and exits 1, so a
// process manager (systemd Restart=on-failure) sees the failure instead of a portal without data.

export const RESTART_DELAYS_MS = [1_000, 2_000, 4_000, 8_000, 16_000];
const STABLE_AFTER_MS = 60_000;

type Options = {
  db: EmbeddedDatabase;
  log: (line: string) => void;
  onGiveUp: (message: string) => void;
  delaysMs?: readonly number[];
  stableAfterMs?: number;
};

/** `stop` ends supervision and resolves once a restart in progress has settled, so the caller can stop the server. */
export function superviseDatabase({ db, log, onGiveUp, delaysMs = RESTART_DELAYS_MS, stableAfterMs = STABLE_AFTER_MS }: Options): { stop: () => Promise<void> } {
  let stopped = false;
  let failures = 0;
  let upSince = Date.now();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let inProgress: Promise<void> = Promise.resolve();

  const attempt = async () => {
    if (stopped) return;
    const tryNumber = failures + 1;
    try {
      await db.restart();
      if (stopped) return;
      upSince = Date.now();
      log(`PostgreSQL bawaan berjalan lagi (percobaan ${tryNumber}).`);
    } catch (error) {
      failures++;
      log(`Percobaan ${tryNumber} menjalankan ulang PostgreSQL bawaan gagal: ${error instanceof Error ? error.message : String(error)}`);
      schedule();
    }
  };

  const schedule = () => {
    if (stopped) return;
    if (failures >= delaysMs.length) {
      stopped = true;
      onGiveUp(
        `PostgreSQL bawaan tidak dapat dijalankan ulang setelah ${delaysMs.length} percobaan; portal dihentikan. ` +
          "Periksa pesan di atas (ruang disk, izin folder data), lalu jalankan `npm start` lagi.",
      );
      return;
    }
    const delay = delaysMs[failures]!;
    log(`Menjalankan ulang PostgreSQL bawaan dalam ${delay / 1000} detik (percobaan ${failures + 1} dari ${delaysMs.length})…`);
    timer = setTimeout(() => {
      inProgress = attempt();
    }, delay);
  };

  db.onUnexpectedExit((exit: EmbeddedExit) => {
    if (stopped) return;
    if (Date.now() - upSince >= stableAfterMs) failures = 0;
    log(`PostgreSQL bawaan berhenti tiba-tiba (${exit.signal ? `sinyal ${exit.signal}` : `kode ${exit.code}`}); halaman portal menjawab "basis data tidak tersedia" sampai ia berjalan lagi.`);
    schedule();
  });

  return {
    stop: () => {
      stopped = true;
      clearTimeout(timer);
      return inProgress;
    },
  };
}
