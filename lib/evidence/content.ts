import "server-only";
import { createHash } from "node:crypto";
import { open, unlink } from "node:fs/promises";
import { tooLarge } from "./errors";

/** The bytes of an upload: whole, a web stream (a File's), or a Node stream / async iterable. */
export type EvidenceContent = Uint8Array | ReadableStream<Uint8Array> | AsyncIterable<Uint8Array>;

export type WrittenContent = { sha256: string; size: number };

export const SHA256_PATTERN = /^[0-9a-f]{64}$/;

/** The chunks of any content; a web stream is cancelled when the reader stops early. */
export async function* iterateContent(content: EvidenceContent): AsyncGenerator<Uint8Array> {
  if (content instanceof Uint8Array) {
    yield content;
    return;
  }
  if ("getReader" in content) {
    const reader = content.getReader();
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) return;
        yield value;
      }
    } finally {
      await reader.cancel().catch(() => undefined);
    }
  }
  yield* content;
}

/**
 * Writes content to a new file (never an existing one), hashing as it goes, and stops reading
 * as soon as more than `maxBytes` arrived. On any failure the partial file is removed.
 */
export async function writeContentToFile({ content, path, maxBytes }: { content: EvidenceContent; path: string; maxBytes?: number }): Promise<WrittenContent> {
  const hash = createHash("sha256");
  let size = 0;
  const file = await open(path, "wx", 0o600);
  try {
    for await (const chunk of iterateContent(content)) {
      size += chunk.byteLength;
      if (maxBytes !== undefined && size > maxBytes) throw tooLarge({ maxBytes });
      hash.update(chunk);
      await file.write(chunk);
    }
    await file.sync();
    await file.close();
  } catch (error) {
    await file.close().catch(() => undefined);
    await unlink(path).catch(() => undefined);
    throw error;
  }
  return { sha256: hash.digest("hex"), size };
}
