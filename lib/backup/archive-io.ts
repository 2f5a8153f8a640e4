import { createReadStream } from "node:fs";
import type { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import tar from "tar-stream";
import { createDigestStream } from "./digest";

// The archive is a plain tar, written and read as a stream with tar-stream: a tar entry
// states its size up front, so table exports are spooled to disk first and evidence objects
// carry the size recorded in their rows; nothing is held whole in memory.

export type Pack = tar.Pack;
export type ArchiveEntry = AsyncIterable<Buffer> & Readable & { header: tar.Header };

export function createPack(): Pack {
  return tar.pack();
}

/** Appends one entry; resolves with the sha256 and size of what was written. */
export async function addEntry(pack: Pack, options: { name: string; size: number; source: Readable | AsyncIterable<Uint8Array> }) {
  const digest = createDigestStream();
  const entry = pack.entry({ name: options.name, size: options.size, mode: 0o600, mtime: new Date() });
  await pipeline(options.source, digest.stream, entry);
  return digest.result();
}

export class ArchiveFormatError extends Error {
  constructor(readonly afterEntry: string | null, cause: Error) {
    super(cause.message, { cause });
    this.name = "ArchiveFormatError";
  }
}

/**
 * The entries of an archive file in order. Each must be read to its end (or resumed) before
 * the next arrives. A damaged tar structure ends the iteration with ArchiveFormatError.
 */
export async function* readArchiveEntries(file: string): AsyncGenerator<ArchiveEntry> {
  const extract = tar.extract();
  const feeding = pipeline(createReadStream(file), extract);
  // Its failure also destroys `extract`, which ends the loop below with the same error.
  feeding.catch(() => undefined);
  let last: string | null = null;
  try {
    for await (const entry of extract) {
      last = entry.header.name;
      yield entry as unknown as ArchiveEntry;
    }
    await feeding;
  } catch (error) {
    throw new ArchiveFormatError(last, error as Error);
  } finally {
    // A reader that stops early (a failed COPY) must not leave the file open.
    extract.destroy();
  }
}
