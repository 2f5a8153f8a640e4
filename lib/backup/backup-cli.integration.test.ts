import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { createScratchDatabase } from "@/tests/support/scratch-db";
import { createSourcePortal, createTempStore, readAllRows, withClient } from "./test-fixture";

const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

type Run = { code: number; stdout: string; stderr: string };
type Env = { DATABASE_URL: string; EVIDENCE_DIR: string; AUDIT_SIGNING_KEY?: string };

function run(command: string, args: string[], env: Env): Promise<Run> {
  return new Promise((resolve) => {
    execFile(command, args, { env: { ...process.env, ...env }, timeout: 170_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code ?? -1) : 0, stdout, stderr });
    });
  });
}

/** The real `npm run backup|restore -- FILE`, as an operator types it (prisma generate included). */
const npmRun = (script: "backup" | "restore", file: string, env: Env) => run("npm", ["run", "--silent", script, "--", file], env);
/** The same script without npm's prisma generate step, where the test has already run it once. */
const tsxRun = (script: "backup" | "restore", file: string, env: Env) =>
  run(path.resolve("node_modules/.bin/tsx"), ["--conditions=react-server", `scripts/${script}.ts`, file], env);

describe("npm run backup / npm run restore", () => {
  it("round-trips a portal through the commands, and the restore command refuses a damaged archive in one Indonesian line", async () => {
    const source = await createSourcePortal(2);
    cleanups.push(() => source.remove());
    const work = await mkdtemp(path.join(tmpdir(), "backup-cli-"));
    cleanups.push(() => rm(work, { recursive: true, force: true }));
    const file = path.join(work, "portal-zi.tar");

    const backup = await npmRun("backup", file, { DATABASE_URL: source.url, EVIDENCE_DIR: source.store.dir });
    expect(backup.stderr).toBe("");
    expect(backup.code).toBe(0);
    expect(backup.stdout).toMatch(new RegExp(`^Cadangan ditulis: ${file}\\n  ukuran [\\d,.]+ (KB|MB); \\d+ tabel, [\\d.]+ baris; 4 berkas bukti dukung`));

    const target = await createScratchDatabase("backup_cli");
    const store = await createTempStore();
    cleanups.push(target.drop, store.remove);
    const damaged = path.join(work, "rusak.tar");
    await writeFile(damaged, (await readFile(file)).subarray(0, 5000));
    const refused = await tsxRun("restore", damaged, { DATABASE_URL: target.url, EVIDENCE_DIR: store.dir });
    expect(refused.code).toBe(1);
    expect(refused.stdout).toBe("");
    expect(refused.stderr).toMatch(/^Gagal: Arsip cadangan .*rusak: .*Tidak ada yang diubah\.\n$/);

    // The audit checkpoints are checked with the source portal's key, as audit:verify does.
    const restore = await npmRun("restore", file, { DATABASE_URL: target.url, EVIDENCE_DIR: store.dir, AUDIT_SIGNING_KEY: "k".repeat(32) });
    expect(restore.stderr).toBe("");
    expect(restore.code).toBe(0);
    expect(restore.stdout).toMatch(/^Dipulihkan dari .*: \d+ tabel, [\d.]+ baris; 4 berkas bukti dukung ditulis; migrasi \d+_\w+; [\d,]+ detik\nRantai audit utuh: \d+ peristiwa tersegel, hash terakhir [0-9a-f]{64}; [^\n]*\n$/);
    expect(await withClient(target.url, readAllRows)).toEqual(await withClient(source.url, readAllRows));
    expect(await store.objects()).toEqual(await source.store.objects());
  }, 300_000);
});

