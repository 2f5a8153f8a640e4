import "server-only";
import { createWriteStream } from "node:fs";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import { createGzip } from "node:zlib";
import type pg from "pg";
import { to as copyTo } from "pg-copy-streams";
import { PRISMA_ADVISORY_LOCK_KEY } from "@/lib/db/migrate";
import { BLOB_REFERENCES } from "./blob-references";
import { listForeignKeys, listSequences, listTables, qualified, quoteIdent, type CatalogTable } from "./catalog";
import { createDigestStream } from "./digest";
import type { Manifest } from "./manifest";
import { orderTablesByDependency } from "./table-order";

// The database half of a backup: one REPEATABLE READ, READ ONLY transaction, so every table is
// read as of the same instant while the portal goes on writing (readers never block writers in
// PostgreSQL). Each table leaves as COPY text, gzipped into a spool file. The shared hold on
// the migration lock keeps a starting node from changing the schema mid-backup; it does not
// block ordinary writes. (The transaction is not SERIALIZABLE DEFERRABLE: the portal commits
// nothing at SERIALIZABLE, so a repeatable-read snapshot already shows a state it really had.)

export type SpooledTable = { name: string; columns: string[]; rows: number; file: string; sha256: string; size: number };
export type ReferencedBlob = { sha256: string; size: number | null };

export type SnapshotExport = {
  tables: SpooledTable[];
  blobs: ReferencedBlob[];
  sequences: Manifest["sequences"];
  migrations: Manifest["migrations"];
  postgresVersion: string;
};

export type ExportOptions = {
  client: pg.ClientBase;
  spoolDir: string;
  /** Called inside the transaction with pg_export_snapshot(), for a caller that wants to read the same state. */
  onSnapshot?: (snapshotId: string) => Promise<void>;
};

export async function exportSnapshot({ client, spoolDir, onSnapshot }: ExportOptions): Promise<SnapshotExport> {
  // A server-wide timeout must not cut a long COPY or the pauses between tables.
  await client.query("SET statement_timeout = 0; SET idle_in_transaction_session_timeout = 0");
  await client.query("SELECT pg_advisory_lock_shared($1)", [PRISMA_ADVISORY_LOCK_KEY]);
  try {
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    try {
      const catalog = await listTables(client);
      if (catalog.length > 0) await client.query(`LOCK TABLE ${catalog.map((t) => qualified(t.name)).join(", ")} IN ACCESS SHARE MODE`);
      if (onSnapshot) await onSnapshot((await client.query<{ id: string }>("SELECT pg_export_snapshot() AS id")).rows[0]!.id);
      const byName = new Map(catalog.map((t) => [t.name, t]));
      const order = orderTablesByDependency([...byName.keys()], await listForeignKeys(client));
      const tables: SpooledTable[] = [];
      for (const [index, name] of order.entries()) {
        tables.push(await spoolTable(client, byName.get(name)!, path.join(spoolDir, `${index}.copy.gz`)));
      }
      const result = {
        tables,
        blobs: await listReferencedBlobs(client, catalog),
        sequences: await readSequences(client),
        migrations: byName.has("_prisma_migrations") ? await readMigrations(client) : [],
        postgresVersion: (await client.query<{ server_version: string }>("SHOW server_version")).rows[0]!.server_version,
      };
      await client.query("COMMIT");
      return result;
    } catch (error) {
      await client.query("ROLLBACK").catch(() => undefined);
      throw error;
    }
  } finally {
    await client.query("SELECT pg_advisory_unlock_shared($1)", [PRISMA_ADVISORY_LOCK_KEY]).catch(() => undefined);
  }
}

async function spoolTable(client: pg.ClientBase, table: CatalogTable, file: string): Promise<SpooledTable> {
  const columns = table.columns.map(quoteIdent).join(", ");
  const source = table.partitioned ? `(SELECT ${columns} FROM ${qualified(table.name)})` : `${qualified(table.name)} (${columns})`;
  const copy = client.query(copyTo(`COPY ${source} TO STDOUT`));
  const digest = createDigestStream();
  await pipeline(copy, createGzip(), digest.stream, createWriteStream(file, { mode: 0o600 }));
  return { name: table.name, columns: table.columns, rows: copy.rowCount, file, ...digest.result() };
}

/** Every distinct stored object that a row of the snapshot names, with its recorded size. */
async function listReferencedBlobs(client: pg.ClientBase, catalog: CatalogTable[]): Promise<ReferencedBlob[]> {
  const present = BLOB_REFERENCES.filter((ref) => {
    const columns = catalog.find((t) => t.name === ref.table)?.columns ?? [];
    return columns.includes(ref.sha256Column) && columns.includes(ref.sizeColumn);
  });
  if (present.length === 0) return [];
  const union = present
    .map((ref) => `SELECT ${quoteIdent(ref.sha256Column)} AS sha256, ${quoteIdent(ref.sizeColumn)}::bigint AS size FROM ${qualified(ref.table)} WHERE ${quoteIdent(ref.sha256Column)} IS NOT NULL`)
    .join(" UNION ALL ");
  const { rows } = await client.query<{ sha256: string; size: string | null }>(
    `SELECT sha256, max(size) AS size FROM (${union}) refs GROUP BY sha256 ORDER BY sha256`,
  );
  return rows.map((r) => ({ sha256: r.sha256, size: r.size === null ? null : Number(r.size) }));
}

async function readSequences(client: pg.ClientBase): Promise<Manifest["sequences"]> {
  const sequences: Manifest["sequences"] = [];
  for (const name of await listSequences(client)) {
    const { rows } = await client.query<{ last_value: string; is_called: boolean }>(`SELECT last_value::text, is_called FROM ${qualified(name)}`);
    sequences.push({ name, lastValue: rows[0]!.last_value, isCalled: rows[0]!.is_called });
  }
  return sequences;
}

async function readMigrations(client: pg.ClientBase): Promise<Manifest["migrations"]> {
  const { rows } = await client.query<{ name: string; checksum: string }>(
    `SELECT migration_name AS name, checksum FROM "_prisma_migrations"
      WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`,
  );
  return rows;
}
