import "server-only";
import { pipeline } from "node:stream/promises";
import { createGunzip } from "node:zlib";
import type pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import type { EvidenceStorage } from "@/lib/evidence/storage";
import { readArchiveEntries, type ArchiveEntry } from "./archive-io";
import { qualified, quoteIdent } from "./catalog";
import { createDigestStream } from "./digest";
import { BackupError } from "./errors";
import { evidenceShaOf, type Manifest, type ManifestTable } from "./manifest";

// The second pass of `npm run restore`: streams each table entry into COPY … FROM STDIN inside
// the caller's transaction and each evidence object into the storage interface, checking every
// sha256 again (the file could have changed since the first pass) and every row count.

export type LoadReport = { rows: number; files: number; alreadyStored: number };

export async function loadArchive(options: { client: pg.ClientBase; storage: EvidenceStorage; file: string; manifest: Manifest }): Promise<LoadReport> {
  const { manifest } = options;
  const tables = new Map(manifest.tables.map((t) => [t.entry, t]));
  const report: LoadReport = { rows: 0, files: 0, alreadyStored: 0 };
  for await (const entry of readArchiveEntries(options.file)) {
    const name = entry.header.name;
    const expected = manifest.entries[name];
    const table = tables.get(name);
    const sha = evidenceShaOf(name);
    if (table && expected) {
      report.rows += await copyTable(options.client, table, entry, expected.sha256);
    } else if (sha && expected) {
      if (await options.storage.has({ sha256: sha })) {
        report.alreadyStored += 1;
        entry.resume();
        continue;
      }
      const written = await options.storage.put({ content: entry });
      if (written.sha256 !== sha || written.size !== expected.size) throw changed(name);
      report.files += 1;
    } else {
      entry.resume();
    }
  }
  return report;
}

async function copyTable(client: pg.ClientBase, table: ManifestTable, entry: ArchiveEntry, sha256: string): Promise<number> {
  const columns = table.columns.map(quoteIdent).join(", ");
  const copy = client.query(copyFrom(`COPY ${qualified(table.name)} (${columns}) FROM STDIN`));
  const digest = createDigestStream();
  try {
    await pipeline(entry, digest.stream, createGunzip(), copy);
  } catch (error) {
    throw new BackupError(`Data tabel ${table.name} tidak dapat dimuat (${(error as Error).message}). Tidak ada yang diubah di basis data.`);
  }
  if (digest.result().sha256 !== sha256) throw changed(table.entry);
  if (copy.rowCount !== table.rows) {
    throw new BackupError(`Tabel ${table.name}: ${copy.rowCount} baris dimuat, manifest mencatat ${table.rows}. Tidak ada yang diubah di basis data.`);
  }
  return copy.rowCount;
}

function changed(entry: string): BackupError {
  return new BackupError(`Entri ${entry} berubah sejak arsip diperiksa (berkas arsip ditulis ulang selama pemulihan?). Tidak ada yang diubah di basis data.`);
}
