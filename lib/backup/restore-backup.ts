import "server-only";
import pg from "pg";
import type { ChainReport } from "@/lib/audit/verify-report";
import { PRISMA_ADVISORY_LOCK_KEY, applyMigrationsWithin } from "@/lib/db/migrate";
import type { EvidenceStorage } from "@/lib/evidence/storage";
import { describePublicTables, listForeignKeys, listTables, qualified } from "./catalog";
import { BackupError } from "./errors";
import { loadArchive } from "./load-archive";
import type { Manifest } from "./manifest";
import { firstOutOfOrder } from "./table-order";
import { migrationsForArchive } from "./target-migrations";
import { verifyArchive } from "./verify-archive";
import { verifyRestoredAuditChain } from "./verify-restored-audit";
import type { AuditSigningKey } from "@/lib/audit/checkpoint";

// `npm run restore`: proves the archive whole, then in ONE transaction on an empty database
// migrates to the archive's level, loads every table and sets the sequences, while the
// evidence objects go to the storage. Any failure rolls the database back to empty; objects
// already put stay, harmlessly (content-addressed, referenced by nothing).
//
// User triggers are disabled while loading (ALTER TABLE … DISABLE TRIGGER USER, which the
// owner of the tables may do without superuser): the audit trail's append-only guard and the
// deferred score-summary trigger on Answer must not act on rows that are being put back as they
// were. Foreign keys stay checked; the archive's table order puts parents first.

export type RestoreOptions = { databaseUrl: string; storage: EvidenceStorage; file: string; migrationsDir: string; signing: AuditSigningKey | null };
export type RestoreReport = { tables: number; rows: number; files: number; alreadyStored: number; missing: number; migrationLevel: string | null; verifySeconds: number; seconds: number; audit: ChainReport };

export async function restoreBackup({ databaseUrl, storage, file, migrationsDir, signing }: RestoreOptions): Promise<RestoreReport> {
  const started = performance.now();
  const manifest = await verifyArchive(file);
  const verifySeconds = (performance.now() - started) / 1000;
  const migrations = await migrationsForArchive(manifest, migrationsDir);
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  let loaded;
  try {
    await client.query("SET statement_timeout = 0");
    await client.query("BEGIN");
    await client.query("SELECT pg_advisory_xact_lock($1)", [PRISMA_ADVISORY_LOCK_KEY]);
    await assertEmpty(client);
    await applyMigrationsWithin(client, migrations);
    const tables = await prepareTables(client, manifest);
    loaded = await loadArchive({ client, storage, file, manifest });
    for (const sequence of manifest.sequences) {
      await client.query("SELECT setval($1::regclass, $2::bigint, $3)", [qualified(sequence.name), sequence.lastValue, sequence.isCalled]);
    }
    for (const table of tables) await client.query(`ALTER TABLE ${qualified(table)} ENABLE TRIGGER USER`);
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
  return {
    tables: manifest.tables.length,
    rows: loaded.rows,
    files: loaded.files,
    alreadyStored: loaded.alreadyStored,
    missing: manifest.evidence.missing.length,
    migrationLevel: manifest.migrationLevel,
    verifySeconds,
    seconds: (performance.now() - started) / 1000,
    audit: await verifyRestoredAuditChain(databaseUrl, signing),
  };
}

async function assertEmpty(client: pg.ClientBase): Promise<void> {
  const { count, example } = await describePublicTables(client);
  if (count === 0) return;
  throw new BackupError(
    `Basis data tujuan tidak kosong: sudah ada ${count} tabel (antara lain "${example}"). Pulihkan hanya ke basis data baru yang kosong ` +
      "(misalnya CREATE DATABASE portal_zi_pulih, lalu arahkan DATABASE_URL ke sana). Tidak ada yang diubah.",
  );
}

/** Checks the migrated schema against the archive, then disables user triggers and empties what migrations filled. */
async function prepareTables(client: pg.ClientBase, manifest: Manifest): Promise<string[]> {
  const catalog = new Map((await listTables(client)).map((t) => [t.name, t]));
  for (const table of manifest.tables) {
    const columns = catalog.get(table.name)?.columns;
    if (!columns) throw new BackupError(`Tabel ${table.name} dari arsip tidak ada setelah migrasi ${manifest.migrationLevel ?? "(tanpa migrasi)"}. Tidak ada yang diubah.`);
    const unknown = table.columns.find((c) => !columns.includes(c));
    if (unknown) throw new BackupError(`Kolom ${table.name}.${unknown} dari arsip tidak ada setelah migrasi ${manifest.migrationLevel}. Tidak ada yang diubah.`);
  }
  const misplaced = firstOutOfOrder(manifest.tables.map((t) => t.name), await listForeignKeys(client));
  if (misplaced) throw new BackupError(`Urutan tabel dalam arsip salah: ${misplaced.child} datang sebelum ${misplaced.parent} yang dirujuknya. Tidak ada yang diubah.`);
  const names = manifest.tables.map((t) => t.name);
  for (const table of names) await client.query(`ALTER TABLE ${qualified(table)} DISABLE TRIGGER USER`);
  // Migrations may insert rows (the bookkeeping, reference data); the archive has its own.
  const filled = [];
  for (const table of names) {
    if ((await client.query(`SELECT 1 FROM ${qualified(table)} LIMIT 1`)).rowCount) filled.push(qualified(table));
  }
  if (filled.length > 0) await client.query(`TRUNCATE ${filled.join(", ")} CASCADE`);
  return names;
}
