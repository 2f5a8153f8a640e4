import "server-only";
import { createReadStream, createWriteStream, readFileSync } from "node:fs";
import { mkdtemp, open, rename, rm, stat } from "node:fs/promises";
import path from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import pg from "pg";
import type { EvidenceStorage } from "@/lib/evidence/storage";
import { addEntry, createPack, type Pack } from "./archive-io";
import { BackupError } from "./errors";
import { exportSnapshot, type ReferencedBlob } from "./export-snapshot";
import { BACKUP_FORMAT, MANIFEST_ENTRY, evidenceEntryName, tableEntryName, type Manifest } from "./manifest";

// `npm run backup`: the snapshot's tables, then every evidence object they reference, then the
// manifest, into FILE.partial beside FILE, renamed into place only when complete and synced,
// so a file at FILE is always a whole archive. Evidence objects never change once stored
// (content-addressed), so reading them after the snapshot's transaction ends is still consistent.

export type BackupOptions = {
  databaseUrl: string;
  storage: EvidenceStorage;
  file: string;
  onSnapshot?: (snapshotId: string) => Promise<void>;
};

export type BackupReport = {
  file: string;
  bytes: number;
  tables: number;
  rows: number;
  files: number;
  evidenceBytes: number;
  missing: string[];
  migrationLevel: string | null;
  /** How long the snapshot's transaction lasted (migrations of other nodes wait this long). */
  snapshotSeconds: number;
  seconds: number;
};

const PORTAL_VERSION: string = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")).version;

export async function createBackup({ databaseUrl, storage, file, onSnapshot }: BackupOptions): Promise<BackupReport> {
  const started = performance.now();
  const target = path.resolve(file);
  const partial = `${target}.partial`;
  const spoolDir = await mkdtemp(path.join(path.dirname(target), ".backup-spool-")).catch((error: Error) => {
    throw new BackupError(`Folder ${path.dirname(target)} tidak dapat ditulisi untuk arsip cadangan (${error.message}).`);
  });
  let pack: Pack | null = null;
  try {
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    const snapshot = await exportSnapshot({ client, spoolDir, onSnapshot }).finally(() => client.end());
    const snapshotSeconds = (performance.now() - started) / 1000;

    pack = createPack();
    const writing = pipeline(pack, createWriteStream(partial, { mode: 0o600 }));
    writing.catch(() => undefined); // awaited below; a write error also fails the next addEntry
    const entries: Manifest["entries"] = {};
    for (const table of snapshot.tables) {
      entries[tableEntryName(table.name)] = await addEntry(pack, { name: tableEntryName(table.name), size: table.size, source: createReadStream(table.file) });
    }
    const { missing, bytes: evidenceBytes } = await packBlobs({ pack, storage, blobs: snapshot.blobs, entries, spoolDir });
    const manifest: Manifest = {
      format: BACKUP_FORMAT,
      createdAt: new Date().toISOString(),
      portalVersion: PORTAL_VERSION,
      postgresVersion: snapshot.postgresVersion,
      migrationLevel: snapshot.migrations.at(-1)?.name ?? null,
      migrations: snapshot.migrations,
      tables: snapshot.tables.map(({ name, columns, rows }) => ({ name, columns, rows, entry: tableEntryName(name) })),
      sequences: snapshot.sequences,
      evidence: { files: snapshot.blobs.length - missing.length, bytes: evidenceBytes, missing },
      entries,
    };
    const json = Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`);
    await addEntry(pack, { name: MANIFEST_ENTRY, size: json.length, source: Readable.from([json]) });
    pack.finalize();
    await writing;
    await syncFile(partial);
    await rename(partial, target);
    return {
      file: target,
      bytes: (await stat(target)).size,
      tables: manifest.tables.length,
      rows: manifest.tables.reduce((sum, t) => sum + t.rows, 0),
      files: manifest.evidence.files,
      evidenceBytes,
      missing,
      migrationLevel: manifest.migrationLevel,
      snapshotSeconds,
      seconds: (performance.now() - started) / 1000,
    };
  } catch (error) {
    pack?.destroy();
    await rm(partial, { force: true });
    throw error;
  } finally {
    await rm(spoolDir, { recursive: true, force: true });
  }
}

async function packBlobs(options: { pack: Pack; storage: EvidenceStorage; blobs: ReferencedBlob[]; entries: Manifest["entries"]; spoolDir: string }) {
  const missing: string[] = [];
  let bytes = 0;
  for (const blob of options.blobs) {
    const stream = await options.storage.get({ sha256: blob.sha256 });
    if (!stream) {
      missing.push(blob.sha256);
      continue;
    }
    const name = evidenceEntryName(blob.sha256);
    const source = blob.size === null ? await spoolBlob(stream, path.join(options.spoolDir, blob.sha256)) : { stream, size: blob.size };
    let written: { sha256: string; size: number };
    try {
      written = await addEntry(options.pack, { name, size: source.size, source: source.stream });
    } catch (error) {
      throw new BackupError(`Berkas bukti dukung ${blob.sha256} di penyimpanan tidak sama ukurannya dengan yang tercatat (${source.size} bita): ${(error as Error).message}.`);
    }
    if (written.sha256 !== blob.sha256) {
      throw new BackupError(`Berkas bukti dukung ${blob.sha256} di penyimpanan rusak: isinya ber-sha256 ${written.sha256}. Pulihkan berkas itu dari cadangan lama.`);
    }
    options.entries[name] = written;
    bytes += written.size;
  }
  return { missing, bytes };
}

/** A row without a recorded size: the object goes to the spool first, since a tar header needs its size. */
async function spoolBlob(stream: Readable, file: string): Promise<{ stream: Readable; size: number }> {
  await pipeline(stream, createWriteStream(file, { mode: 0o600 }));
  return { stream: createReadStream(file), size: (await stat(file)).size };
}

async function syncFile(file: string): Promise<void> {
  const handle = await open(file, "r+");
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
