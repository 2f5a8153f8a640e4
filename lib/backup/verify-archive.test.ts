import { createHash } from "node:crypto";
import { createWriteStream } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addEntry, createPack } from "./archive-io";
import { BACKUP_FORMAT, MANIFEST_ENTRY, evidenceEntryName, tableEntryName, type Manifest } from "./manifest";
import { verifyArchive } from "./verify-archive";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "verify-archive-"));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const blob = Buffer.from("isi bukti dukung");
const blobSha = createHash("sha256").update(blob).digest("hex");
const tableData = Buffer.from("gz bytes of a table");

type Entry = { name: string; bytes: Buffer };

/** An archive of the given entries; the manifest lists `listed` (default: all of them) unless given whole. */
async function archive(name: string, entries: Entry[], options: { listed?: Entry[]; manifest?: unknown } = {}) {
  const file = path.join(dir, name);
  const pack = createPack();
  const writing = pipeline(pack, createWriteStream(file));
  const digests: Manifest["entries"] = {};
  for (const entry of options.listed ?? entries) digests[entry.name] = { sha256: createHash("sha256").update(entry.bytes).digest("hex"), size: entry.bytes.length };
  for (const entry of entries) await addEntry(pack, { name: entry.name, size: entry.bytes.length, source: Readable.from([entry.bytes]) });
  const manifest: Manifest = {
    format: BACKUP_FORMAT, createdAt: new Date().toISOString(), portalVersion: "0.1.0", postgresVersion: "18.0", migrationLevel: null, migrations: [],
    tables: [{ name: "Unit", columns: ["id"], rows: 1, entry: tableEntryName("Unit") }], sequences: [], evidence: { files: 1, bytes: blob.length, missing: [] }, entries: digests,
  };
  const json = Buffer.from(typeof options.manifest === "string" ? options.manifest : JSON.stringify(options.manifest ?? manifest));
  await addEntry(pack, { name: MANIFEST_ENTRY, size: json.length, source: Readable.from([json]) });
  pack.finalize();
  await writing;
  return file;
}

const table: Entry = { name: tableEntryName("Unit"), bytes: tableData };
const evidence: Entry = { name: evidenceEntryName(blobSha), bytes: blob };

describe("verifyArchive", () => {
  it("accepts an archive whose entries match its manifest and returns the manifest", async () => {
    const manifest = await verifyArchive(await archive("ok.tar", [table, evidence]));
    expect(Object.keys(manifest.entries).sort()).toEqual([table.name, evidence.name].sort());
  });

  it("names an entry whose bytes differ from the manifest", async () => {
    const file = await archive("changed.tar", [table, { ...evidence, bytes: Buffer.from("isi lain") }], { listed: [table, evidence] });
    await expect(verifyArchive(file)).rejects.toThrow(`rusak: entri ${evidence.name} tidak cocok dengan sha256 di manifest.json`);
  });

  it("names an entry the manifest lists but the archive lacks, and one it does not list", async () => {
    await expect(verifyArchive(await archive("missing.tar", [table], { listed: [table, evidence] }))).rejects.toThrow(`entri ${evidence.name} yang tercatat di manifest.json tidak ada dalam arsip`);
    await expect(verifyArchive(await archive("extra.tar", [table, evidence], { listed: [table] }))).rejects.toThrow(`entri ${evidence.name} tidak tercatat di manifest.json`);
  });

  it("refuses an evidence entry stored under another object's name", async () => {
    const wrong: Entry = { name: evidenceEntryName("a".repeat(64)), bytes: blob };
    await expect(verifyArchive(await archive("misnamed.tar", [table, wrong]))).rejects.toThrow(`entri ${wrong.name} berisi berkas lain`);
  });

  it("refuses a manifest that is not JSON, not valid, or of another format", async () => {
    await expect(verifyArchive(await archive("json.tar", [table], { manifest: "{bukan json" }))).rejects.toThrow("manifest.json bukan JSON yang sah");
    await expect(verifyArchive(await archive("shape.tar", [table], { manifest: { format: BACKUP_FORMAT } }))).rejects.toThrow(/manifest\.json tidak sah pada createdAt/);
    await expect(verifyArchive(await archive("format.tar", [table], { manifest: { format: 99 } }))).rejects.toThrow(`berformat 99, sedangkan versi portal ini membaca format ${BACKUP_FORMAT}`);
  });

  it("refuses a file that is not a tar at all, or does not exist", async () => {
    const junk = path.join(dir, "junk.tar");
    await pipeline(Readable.from([Buffer.alloc(4096, 7)]), createWriteStream(junk));
    await expect(verifyArchive(junk)).rejects.toThrow(/rusak: struktur tar tidak terbaca pada awal berkas/);
    await expect(verifyArchive(path.join(dir, "tidak-ada.tar"))).rejects.toThrow("tidak ditemukan");
  });
});
