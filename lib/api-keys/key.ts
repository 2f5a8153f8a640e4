import { createHash, randomBytes } from "node:crypto";

// A PMPZI API key: "pzi_" and 32 random bytes (base64url). Only its sha256 is stored; a key this
// long needs no slow hash (nothing to guess), and a lookup by hash is one index probe.

const PREFIX = "pzi_";

export function hashApiKey(key: string): string {
  return createHash("sha256").update(key, "utf8").digest("hex");
}

export function generateApiKey(): { key: string; prefix: string; hash: string } {
  const key = PREFIX + randomBytes(32).toString("base64url");
  return { key, prefix: key.slice(0, 12), hash: hashApiKey(key) };
}

/** The key of an "Authorization: Bearer …" header, or null. */
export function bearerKey(header: string | null): string | null {
  const match = /^Bearer\s+(pzi_[A-Za-z0-9_-]{20,100})\s*$/.exec(header ?? "");
  return match?.[1] ?? null;
}
