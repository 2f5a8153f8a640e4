import { createHash } from "node:crypto";
import { Transform } from "node:stream";

/** A pass-through that hashes what flows through it; `digest()` once it has ended. */
export function hashingStream(): Transform & { digest: () => string; bytes: () => number } {
  const hash = createHash("sha256");
  let bytes = 0;
  const stream = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      hash.update(chunk);
      bytes += chunk.length;
      done(null, chunk);
    },
  });
  let digest: string | null = null;
  return Object.assign(stream, { digest: () => (digest ??= hash.digest("hex")), bytes: () => bytes });
}

export function sha256Of(body: Buffer): string {
  return createHash("sha256").update(body).digest("hex");
}

/** The manifest in `sha256sum` format: `sha256sum -c manifest.sha256` checks an unpacked package. */
export function manifestText(entries: readonly { path: string; sha256: string }[]): string {
  return entries.map((e) => `${e.sha256}  ${e.path}\n`).join("");
}
