import { TEST_SIGNING } from "@/lib/audit/test-support";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { buffer } from "node:stream/consumers";
import { afterEach, describe, expect, it } from "vitest";
import { MIGRATIONS_DIR } from "@/lib/db/prepare";
import { migrateDatabase } from "@/lib/db/migrate";
import { createS3EvidenceStorage } from "@/lib/evidence/s3-storage";
import { parseStorageLocation, type S3Location } from "@/lib/evidence/storage-location";
import { startTestS3Server } from "@/tests/support/s3-server";
import { createScratchDatabase } from "@/tests/support/scratch-db";
import { createBackup } from "./create-backup";
import { BackupError } from "./errors";
import { restoreBackup } from "./restore-backup";
import { createSourcePortal, createTempStore, readAllRows, sha256Of, snapshotReader, startAutosaves, withClient } from "./test-fixture";

const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function workDir() {
  const dir = await mkdtemp(path.join(tmpdir(), "backup-archive-"));
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

async function emptyTarget() {
  const scratch = await createScratchDatabase("backup_dst");
  const store = await createTempStore();
  cleanups.push(scratch.drop, store.remove);
  return { url: scratch.url, drop: scratch.drop, ...store };
}

async function sourceWithArchive() {
  const source = await createSourcePortal(2);
  cleanups.push(() => source.remove());
  const file = path.join(await workDir(), "cadangan.tar");
  await createBackup({ databaseUrl: source.url, storage: source.store.storage, file });
  return { source, file };
}

const tableCount = (url: string) => withClient(url, async (c) => Number((await c.query(`SELECT count(*) AS n FROM pg_tables WHERE schemaname = 'public'`)).rows[0].n));

describe("backup under autosave load, then restore", () => {
  it("restores every row of every table and every file exactly as of the backup's snapshot", async () => {
    const source = await createSourcePortal(4);
    cleanups.push(() => source.remove());
    const load = startAutosaves({ url: source.url, fixtures: source.fixtures, storage: source.store.storage });
    cleanups.push(() => load.stop());
    while (load.saves() < 8) await new Promise((r) => setTimeout(r, 20));
    // Saves acknowledged before the backup starts must all be in it: the marker.
    const before = new Map(load.acknowledged);
    const savesAtStart = load.saves();
    const reader = snapshotReader(source.url);
    const file = path.join(await workDir(), "cadangan.tar");
    const backup = await createBackup({ databaseUrl: source.url, storage: source.store.storage, file, onSnapshot: reader.onSnapshot });
    const savesDuringBackup = load.saves() - savesAtStart;
    const expected = await reader.rows();
    const { errors } = await load.stop();
    expect(errors).toEqual([]);
    expect(savesDuringBackup).toBeGreaterThan(0);

    const target = await emptyTarget();
    const report = await restoreBackup({ databaseUrl: target.url, storage: target.storage, file, migrationsDir: MIGRATIONS_DIR, signing: TEST_SIGNING });
    expect(report.audit.exitCode).toBe(0);
    expect(report.missing).toBe(0);

    const restored = await withClient(target.url, readAllRows);
    expect([...restored.keys()]).toEqual([...expected.keys()]);
    for (const [table, rows] of expected) expect(restored.get(table), table).toEqual(rows);
    expect(report.rows).toBe([...expected.values()].reduce((sum, rows) => sum + rows.length, 0));
    expect(backup.rows).toBe(report.rows);

    const answers = expected.get("Answer")!.map((r) => JSON.parse(r) as { assessmentId: string; version: number });
    for (const [assessmentId, version] of before) expect(answers.find((a) => a.assessmentId === assessmentId)!.version).toBeGreaterThanOrEqual(version);
    // The source went on changing after the snapshot; the archive did not follow it.
    const now = await withClient(source.url, readAllRows);
    expect(now.get("AuditEvent")!.length).toBeGreaterThan(expected.get("AuditEvent")!.length);

    // Every stored file a row names: bukti dukung, the instansi's documents and the signed LHE scan.
    const sums = (table: string, column: string) => expected.get(table)!.map((r) => JSON.parse(r)[column] as string | null);
    const referenced = [...sums("Evidence", "sha256"), ...sums("InstansiCondition", "sha256"), ...sums("LheRecord", "signedSha256")].filter((s): s is string => s !== null);
    expect(sums("LheRecord", "signedSha256").filter(Boolean)).toHaveLength(1);
    expect(await target.objects()).toEqual([...new Set(referenced)].sort());
    for (const sha of referenced) {
      const restoredBytes = await buffer((await target.storage.get({ sha256: sha }))!);
      expect(sha256Of(restoredBytes)).toBe(sha);
      expect(restoredBytes.equals(await buffer((await source.store.storage.get({ sha256: sha }))!))).toBe(true);
    }

    await withClient(target.url, async (c) => {
      // Sequences continue after the restored rows; the audit guard is on again.
      const { rows } = await c.query(`SELECT nextval('"AuditEvent_id_seq"') AS next, (SELECT max(id) FROM "AuditEvent") AS max`);
      expect(BigInt(rows[0].next)).toBeGreaterThan(BigInt(rows[0].max));
      await expect(c.query(`DELETE FROM "AuditEvent"`)).rejects.toThrow(/append-only/);
    });
  }, 180_000);
});

describe("backup and restore with an S3 bucket", () => {
  it("restores a disk portal into a bucket, and backs that portal up from the bucket with the same files", async () => {
    const { source, file } = await sourceWithArchive();
    const s3 = await startTestS3Server();
    cleanups.push(s3.stop);
    const bucket = createS3EvidenceStorage({ location: parseStorageLocation(s3.storageUrl("pulih")) as S3Location, credentials: s3.credentials });
    const scratch = await createScratchDatabase("backup_s3");
    cleanups.push(scratch.drop);

    const report = await restoreBackup({ databaseUrl: scratch.url, storage: bucket, file, migrationsDir: MIGRATIONS_DIR, signing: TEST_SIGNING });
    expect(report).toMatchObject({ missing: 0, alreadyStored: 0 });
    expect(report.files).toBeGreaterThan(0);
    const referenced = await withClient(scratch.url, async (c) => (await c.query<{ sha256: string }>(`SELECT sha256 FROM "Evidence" WHERE sha256 IS NOT NULL UNION SELECT sha256 FROM "InstansiCondition" WHERE sha256 IS NOT NULL UNION SELECT "signedSha256" FROM "LheRecord" WHERE "signedSha256" IS NOT NULL`)).rows.map((r) => r.sha256));
    expect(referenced).toHaveLength(report.files);
    for (const sha of referenced) {
      const fromBucket = await buffer((await bucket.get({ sha256: sha }))!);
      expect(fromBucket.equals(await buffer((await source.store.storage.get({ sha256: sha }))!))).toBe(true);
    }

    const again = await createBackup({ databaseUrl: scratch.url, storage: bucket, file: path.join(await workDir(), "dari-bucket.tar") });
    expect(again).toMatchObject({ missing: [], files: report.files, rows: report.rows });
  }, 120_000);
});

/** The archive with one byte changed inside the data of `entry` (tar: a 512-byte header, then the data). */
async function corruptEntry(file: string, entry: string): Promise<string> {
  const bytes = await readFile(file);
  let header = bytes.indexOf(Buffer.from(`${entry}\0`));
  while (header % 512 !== 0) header = bytes.indexOf(Buffer.from(`${entry}\0`), header + 1);
  const at = header + 512 + 12;
  bytes[at] = bytes[at]! ^ 0xff;
  const corrupted = file.replace(/\.tar$/, "-rusak.tar");
  await writeFile(corrupted, bytes);
  return corrupted;
}

describe("restore refuses", () => {
  it("a corrupted archive, naming the entry, and changes nothing", async () => {
    const { file } = await sourceWithArchive();
    const target = await emptyTarget();
    const corrupted = await corruptEntry(file, "database/Answer.copy.gz");
    const refusal = restoreBackup({ databaseUrl: target.url, storage: target.storage, file: corrupted, migrationsDir: MIGRATIONS_DIR, signing: TEST_SIGNING });
    await expect(refusal).rejects.toThrow(BackupError);
    await expect(refusal).rejects.toThrow(/rusak: entri database\/Answer\.copy\.gz tidak cocok dengan sha256 di manifest\.json .*Tidak ada yang diubah\./);
    const truncated = file.replace(/\.tar$/, "-potong.tar");
    await writeFile(truncated, (await readFile(file)).subarray(0, 3000));
    await expect(restoreBackup({ databaseUrl: target.url, storage: target.storage, file: truncated, migrationsDir: MIGRATIONS_DIR, signing: TEST_SIGNING })).rejects.toThrow(/rusak: struktur tar tidak terbaca pada atau setelah entri database\//);
    expect(await tableCount(target.url)).toBe(0);
    expect(await target.objects()).toEqual([]);
  }, 120_000);

  it("a database that is not empty, and changes nothing", async () => {
    const { file } = await sourceWithArchive();
    const target = await emptyTarget();
    await migrateDatabase({ connectionString: target.url, migrationsDir: MIGRATIONS_DIR });
    const tablesBefore = await tableCount(target.url);
    const refusal = restoreBackup({ databaseUrl: target.url, storage: target.storage, file, migrationsDir: MIGRATIONS_DIR, signing: TEST_SIGNING });
    await expect(refusal).rejects.toThrow(new RegExp(`Basis data tujuan tidak kosong: sudah ada ${tablesBefore} tabel`));
    expect(await tableCount(target.url)).toBe(tablesBefore);
    expect(await withClient(target.url, async (c) => (await c.query(`SELECT count(*)::int AS n FROM "Unit"`)).rows[0].n)).toBe(0);
    expect(await target.objects()).toEqual([]);
  }, 120_000);
});
