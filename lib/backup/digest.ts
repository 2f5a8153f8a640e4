import { createHash } from "node:crypto";
import { Transform } from "node:stream";

/** A pass-through stream that hashes (sha256) and counts what flows through it. */
export function createDigestStream() {
  const hash = createHash("sha256");
  let size = 0;
  let sha256: string | null = null;
  const stream = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      hash.update(chunk);
      size += chunk.length;
      callback(null, chunk);
    },
  });
  return {
    stream,
    /** Available once the stream has ended. */
    result(): { sha256: string; size: number } {
      sha256 ??= hash.digest("hex");
      return { sha256, size };
    },
  };
}
