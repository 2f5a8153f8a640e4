import { createHash, randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { measurePeakGrowth } from "@/tests/support/memory";
import { startTestS3Server, type TestS3Server } from "@/tests/support/s3-server";
import { createLocalEvidenceStorage } from "./local-storage";
import { createS3EvidenceStorage } from "./s3-storage";
import type { EvidenceStorage } from "./storage";
import { parseStorageLocation, type S3Location } from "./storage-location";
import { PDF } from "./test-files";

// One contract, two stores: what lib/evidence, lib/instansi and lib/backup rely on holds for the
// folder on disk and for an S3-compatible bucket (s3rver, its own process, 127.0.0.1, free port).

const sha = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");
const collect = async (stream: Readable) => Buffer.concat(await stream.toArray());
const MB = 1024 * 1024;

type Store = { storage: EvidenceStorage; close: () => Promise<void> };

const stores: Record<string, () => Promise<Store>> = {
  disk: async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "evidence-contract-"));
    return { storage: createLocalEvidenceStorage({ dir }), close: () => rm(dir, { recursive: true, force: true }) };
  },
  s3: async () => {
    const server: TestS3Server = await startTestS3Server();
    const location = parseStorageLocation(server.storageUrl("portal/bukti")) as S3Location;
    return { storage: createS3EvidenceStorage({ location, credentials: server.credentials }), close: server.stop };
  },
};

/** The same 1 MiB chunk again and again: the test itself holds almost nothing. */
function* repeated(chunk: Uint8Array, times: number) {
  for (let i = 0; i < times; i++) yield chunk;
}

describe.each(Object.keys(stores))("evidence storage contract: %s", (name) => {
  let store: Store;
  beforeAll(async () => {
    store = await stores[name]!();
  }, 60_000);
  afterAll(() => store?.close());

  it("puts content under its sha256 and gives it back as a stream, with its size", async () => {
    const { storage } = store;
    const written = await storage.put({ content: PDF });
    expect(written).toEqual({ sha256: sha(PDF), size: PDF.length });
    expect(await storage.has({ sha256: written.sha256 })).toBe(true);
    expect(await storage.size({ sha256: written.sha256 })).toBe(PDF.length);
    const body = await storage.get({ sha256: written.sha256 });
    expect(body).toBeInstanceOf(Readable);
    expect(await collect(body!)).toEqual(Buffer.from(PDF));
  });

  it("takes a web stream and a Node stream in pieces alike", async () => {
    const bytes = randomBytes(200_000);
    const fromWeb = await store.storage.put({ content: new Blob([bytes]).stream() });
    const fromNode = await store.storage.put({ content: Readable.from([bytes.subarray(0, 7), bytes.subarray(7)]) });
    expect(fromWeb).toEqual({ sha256: sha(bytes), size: bytes.length });
    expect(fromNode).toEqual(fromWeb);
  });

  it("keeps the same content once: a second put answers the same address and bytes", async () => {
    const bytes = randomBytes(50_000);
    const [first, second] = await Promise.all([store.storage.put({ content: bytes }), store.storage.put({ content: Readable.from([bytes]) })]);
    expect(second).toEqual(first);
    const again = await store.storage.put({ content: bytes });
    expect(again).toEqual(first);
    expect(await collect((await store.storage.get({ sha256: first.sha256 }))!)).toEqual(bytes);
  });

  it("answers null / false for a missing or malformed key, never another object", async () => {
    const missing = sha(randomBytes(16));
    expect(await store.storage.get({ sha256: missing })).toBeNull();
    expect(await store.storage.has({ sha256: missing })).toBe(false);
    expect(await store.storage.size({ sha256: missing })).toBeNull();
    expect(await store.storage.get({ sha256: "../../etc/passwd" })).toBeNull();
    expect(await store.storage.has({ sha256: "../".repeat(20) })).toBe(false);
  });

  it("deletes one object and leaves the others; deleting a missing or malformed key does nothing", async () => {
    const [gone, kept] = [randomBytes(10_000), randomBytes(10_000)];
    const [a, b] = [await store.storage.put({ content: gone }), await store.storage.put({ content: kept })];
    await store.storage.delete({ sha256: a.sha256 });
    expect(await store.storage.has({ sha256: a.sha256 })).toBe(false);
    expect(await store.storage.get({ sha256: a.sha256 })).toBeNull();
    expect(await collect((await store.storage.get({ sha256: b.sha256 }))!)).toEqual(kept);
    await expect(store.storage.delete({ sha256: a.sha256 })).resolves.toBeUndefined();
    await expect(store.storage.delete({ sha256: "../".repeat(20) })).resolves.toBeUndefined();
    expect(await store.storage.has({ sha256: b.sha256 })).toBe(true);
  });

  it("answers the health probe", async () => {
    await expect(store.storage.probe()).resolves.toBeUndefined();
  });

  it("streams a 30 MiB file in and out without holding it in memory", async () => {
    const chunk = randomBytes(MB);
    const expected = createHash("sha256");
    for (const part of repeated(chunk, 30)) expected.update(part);
    const digest = expected.digest("hex");

    let written: { sha256: string; size: number } | undefined;
    const putGrowth = await measurePeakGrowth(async () => {
      written = await store.storage.put({ content: Readable.from(repeated(chunk, 30)) });
    });
    expect(written).toEqual({ sha256: digest, size: 30 * MB });

    let readBack = 0;
    const readHash = createHash("sha256");
    const getGrowth = await measurePeakGrowth(async () => {
      const body = await store.storage.get({ sha256: digest });
      for await (const part of body!) {
        readBack += (part as Buffer).length;
        readHash.update(part as Buffer);
      }
    });
    expect(readBack).toBe(30 * MB);
    expect(readHash.digest("hex")).toBe(digest);
    console.info(`[${name}] peak memory growth: put ${(putGrowth / MB).toFixed(1)} MiB, get ${(getGrowth / MB).toFixed(1)} MiB for a 30 MiB file`);
    // Stream buffers (and Buffer memory the collector frees a little later) may show; never half the file.
    expect(putGrowth).toBeLessThan(15 * MB);
    expect(getGrowth).toBeLessThan(15 * MB);
  }, 120_000);
});
