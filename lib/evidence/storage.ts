import "server-only";
import path from "node:path";
import type { Readable } from "node:stream";
import { getEnv } from "@/lib/env";
import type { EvidenceContent, WrittenContent } from "./content";
import { createLocalEvidenceStorage } from "./local-storage";

/**
 * Where bukti dukung bytes live, addressed by their sha256: identical content is kept once,
 * and a stored object never changes. Small on purpose, so that an S3-compatible store (for
 * several app nodes, DESIGN.md "Running it") can implement it next to the local disk.
 */
export type EvidenceStorage = {
  /** Stores the content (once per sha256) and says what was stored. */
  put(options: { content: EvidenceContent }): Promise<WrittenContent>;
  /** The stored bytes, or null when there is no object with this sha256. */
  get(options: { sha256: string }): Promise<Readable | null>;
  has(options: { sha256: string }): Promise<boolean>;
};

let cached: EvidenceStorage | undefined;

/** The storage configured by EVIDENCE_DIR (default DATA_DIR/evidence). */
export function getEvidenceStorage(): EvidenceStorage {
  const env = getEnv();
  // The folder comes from the environment at run time; tell the bundler not to trace it.
  cached ??= createLocalEvidenceStorage({ dir: path.resolve(/*turbopackIgnore: true*/ env.EVIDENCE_DIR ?? path.join(env.DATA_DIR, "evidence")) });
  return cached;
}
