import { createHash } from "node:crypto";
import { mkdtemp, readdir, readFile, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createLocalEvidenceStorage } from "./local-storage";
import { EvidenceRefusal } from "./errors";
import { writeContentToFile } from "./content";
import { PDF } from "./test-files";

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "evidence-store-"));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const sha = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");
const collect = async (stream: Readable) => Buffer.concat(await stream.toArray());

describe("local evidence storage", () => {
  it("stores content once under <dir>/<aa>/<sha256> and reads it back", async () => {
    const storage = createLocalEvidenceStorage({ dir });
    const first = await storage.put({ content: PDF });
    const second = await storage.put({ content: Readable.from([PDF.subarray(0, 10), PDF.subarray(10)]) });
    expect(first).toEqual({ sha256: sha(PDF), size: PDF.length });
    expect(second).toEqual(first);
    const file = path.join(dir, first.sha256.slice(0, 2), first.sha256);
    expect(await readFile(file)).toEqual(PDF);
    expect(await readdir(path.join(dir, first.sha256.slice(0, 2)))).toEqual([first.sha256]);
    expect(await readdir(path.join(dir, ".tmp"))).toEqual([]);
    expect(await storage.has({ sha256: first.sha256 })).toBe(true);
    const body = await storage.get({ sha256: first.sha256 });
    expect(body && (await collect(body))).toEqual(PDF);
  });

  it("takes a web stream too", async () => {
    const storage = createLocalEvidenceStorage({ dir });
    const web = new Blob([PDF]).stream();
    expect(await storage.put({ content: web })).toEqual({ sha256: sha(PDF), size: PDF.length });
  });

  it("answers null / false for unknown or malformed addresses, never a path outside", async () => {
    const storage = createLocalEvidenceStorage({ dir });
    expect(await storage.get({ sha256: "0".repeat(64) })).toBeNull();
    expect(await storage.has({ sha256: "0".repeat(64) })).toBe(false);
    expect(await storage.get({ sha256: "../../etc/passwd" })).toBeNull();
    expect(await storage.has({ sha256: "../".repeat(20) })).toBe(false);
  });
});

describe("writeContentToFile", () => {
  it("stops at the limit, refuses with 413 and leaves no partial file", async () => {
    const target = path.join(dir, "upload");
    let pulled = 0;
    async function* endless() {
      for (;;) {
        pulled += 1;
        yield new Uint8Array(1024);
      }
    }
    const error = await writeContentToFile({ content: endless(), path: target, maxBytes: 4096 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EvidenceRefusal);
    expect(error).toMatchObject({ status: 413 });
    expect(pulled).toBe(5);
    await expect(stat(target)).rejects.toMatchObject({ code: "ENOENT" });
  });

  it("never writes over an existing file", async () => {
    const target = path.join(dir, "upload");
    await writeContentToFile({ content: PDF, path: target });
    await expect(writeContentToFile({ content: new Uint8Array([1]), path: target })).rejects.toMatchObject({ code: "EEXIST" });
    expect(await readFile(target)).toEqual(PDF);
  });
});
