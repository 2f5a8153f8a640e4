import "server-only";
import path from "node:path";
import type { Readable } from "node:stream";
import { getEnv } from "@/lib/env";
import type { EvidenceContent, WrittenContent } from "./content";
import { createLocalEvidenceStorage } from "./local-storage";
import { createS3EvidenceStorage } from "./s3-storage";
import { parseStorageLocation } from "./storage-location";

/**
 * Where bukti dukung bytes live, addressed by their sha256: identical content is kept once,
 * and a stored object never changes. Two implementations: a folder on this machine
 * (local-storage.ts) and an S3-compatible bucket for several web servers (s3-storage.ts);
 * one contract test suite (storage-contract.integration.test.ts) runs against both.
 */
export type EvidenceStorage = {
  /** Stores the content (once per sha256) and says what was stored. Streams; never holds the whole file. */
  put(options: { content: EvidenceContent }): Promise<WrittenContent>;
  /** The stored bytes as a stream, or null when there is no object with this sha256. */
  get(options: { sha256: string }): Promise<Readable | null>;
  has(options: { sha256: string }): Promise<boolean>;
  /** The stored object's size in bytes, or null when there is none. */
  size(options: { sha256: string }): Promise<number | null>;
  /**
   * Removes the object; nothing happens when there is none. The store is shared (bukti dukung,
   * proposal files, packages, the Tabel 5 documents), so a caller first makes sure no row still
   * names this sha256 (lib/proposal/package/prune-packages.ts).
   */
  delete(options: { sha256: string }): Promise<void>;
  /** Throws when the store cannot be reached or written (GET /api/health). */
  probe(): Promise<void>;
};

let cached: EvidenceStorage | undefined;

/**
 * The storage configured by EVIDENCE_STORAGE (s3://… or a folder), else EVIDENCE_DIR, else
 * DATA_DIR/evidence. S3 credentials: AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY (lib/env.ts), or
 * the SDK's own chain (instance role, ~/.aws) when they are not set.
 */
export function getEvidenceStorage(): EvidenceStorage {
  cached ??= createConfiguredStorage();
  return cached;
}

function createConfiguredStorage(): EvidenceStorage {
  const env = getEnv();
  const location = parseStorageLocation(env.EVIDENCE_STORAGE ?? env.EVIDENCE_DIR ?? path.join(env.DATA_DIR, "evidence"));
  if (location.kind === "s3") {
    const credentials = env.AWS_ACCESS_KEY_ID && env.AWS_SECRET_ACCESS_KEY
      ? { accessKeyId: env.AWS_ACCESS_KEY_ID, secretAccessKey: env.AWS_SECRET_ACCESS_KEY, sessionToken: env.AWS_SESSION_TOKEN }
      : undefined;
    return createS3EvidenceStorage({ location, credentials });
  }
  // The folder comes from the environment at run time; tell the bundler not to trace it.
  return createLocalEvidenceStorage({ dir: path.resolve(/*turbopackIgnore: true*/ location.dir) });
}
