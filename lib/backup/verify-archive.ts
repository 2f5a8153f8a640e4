import "server-only";
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { z } from "zod";
import { readArchiveEntries, type ArchiveEntry } from "./archive-io";
import { BackupError } from "./errors";
import { BACKUP_FORMAT, MANIFEST_ENTRY, MANIFEST_MAX_BYTES, ManifestSchema, evidenceShaOf, type Manifest } from "./manifest";

// The first pass of `npm run restore`: reads the whole archive once, hashing every entry, and
// compares with manifest.json (its last entry). Nothing is written anywhere before this passes,
// so a corrupted, truncated or foreign archive changes nothing.

type Digest = { sha256: string; size: number };

export async function verifyArchive(file: string): Promise<Manifest> {
  if (!existsSync(file)) throw new BackupError(`Arsip cadangan ${file} tidak ditemukan.`);
  const seen = new Map<string, Digest>();
  let manifestBytes: Buffer | null = null;
  let current: string | null = null;
  try {
    for await (const entry of readArchiveEntries(file)) {
      current = entry.header.name;
      if (seen.has(current) || (current === MANIFEST_ENTRY && manifestBytes)) throw corrupt(file, `entri ${current} muncul dua kali`);
      if (current === MANIFEST_ENTRY) manifestBytes = await readSmall(entry);
      else seen.set(current, await digestOf(entry));
    }
  } catch (error) {
    if (error instanceof BackupError) throw error;
    const where = current ? `pada atau setelah entri ${current}` : "pada awal berkas";
    throw corrupt(file, `struktur tar tidak terbaca ${where} (${(error as Error).message})`);
  }
  if (!manifestBytes) throw corrupt(file, `${MANIFEST_ENTRY} tidak ada — arsip terpotong atau bukan cadangan Portal ZI`);
  const manifest = parseManifest(file, manifestBytes);
  for (const [name, expected] of Object.entries(manifest.entries)) {
    const actual = seen.get(name);
    if (!actual) throw corrupt(file, `entri ${name} yang tercatat di ${MANIFEST_ENTRY} tidak ada dalam arsip`);
    if (actual.sha256 !== expected.sha256 || actual.size !== expected.size) {
      throw corrupt(file, `entri ${name} tidak cocok dengan sha256 di ${MANIFEST_ENTRY} (isi berubah atau rusak)`);
    }
    const named = evidenceShaOf(name);
    if (named && named !== actual.sha256) throw corrupt(file, `entri ${name} berisi berkas lain (sha256 ${actual.sha256})`);
  }
  const extra = [...seen.keys()].find((name) => !(name in manifest.entries));
  if (extra) throw corrupt(file, `entri ${extra} tidak tercatat di ${MANIFEST_ENTRY}`);
  const unlisted = manifest.tables.find((t) => !(t.entry in manifest.entries));
  if (unlisted) throw corrupt(file, `data tabel ${unlisted.name} (${unlisted.entry}) tidak ada dalam arsip`);
  return manifest;
}

function corrupt(file: string, detail: string): BackupError {
  return new BackupError(`Arsip cadangan ${file} rusak: ${detail}. Tidak ada yang diubah.`);
}

function parseManifest(file: string, bytes: Buffer): Manifest {
  let json: unknown;
  try {
    json = JSON.parse(bytes.toString("utf8"));
  } catch {
    throw corrupt(file, `${MANIFEST_ENTRY} bukan JSON yang sah`);
  }
  const format = z.object({ format: z.number() }).safeParse(json);
  if (format.success && format.data.format !== BACKUP_FORMAT) {
    throw new BackupError(`Arsip cadangan ${file} berformat ${format.data.format}, sedangkan versi portal ini membaca format ${BACKUP_FORMAT}. Pakai versi portal yang membuat arsip itu.`);
  }
  const parsed = ManifestSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw corrupt(file, `${MANIFEST_ENTRY} tidak sah pada ${issue.path.join(".") || "akar"}: ${issue.message}`);
  }
  return parsed.data;
}

async function digestOf(entry: ArchiveEntry): Promise<Digest> {
  const hash = createHash("sha256");
  let size = 0;
  for await (const chunk of entry) {
    hash.update(chunk);
    size += chunk.length;
  }
  return { sha256: hash.digest("hex"), size };
}

async function readSmall(entry: ArchiveEntry): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of entry) {
    size += chunk.length;
    if (size > MANIFEST_MAX_BYTES) throw new BackupError(`${MANIFEST_ENTRY} dalam arsip lebih dari ${MANIFEST_MAX_BYTES / 1024 / 1024} MB; ini bukan arsip cadangan Portal ZI.`);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}
