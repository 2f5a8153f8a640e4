import { describe, expect, it } from "vitest";
import { checkCheckpointSignature, deriveAuditSigningKey, signCheckpoint } from "./checkpoint";

const key = deriveAuditSigningKey("s".repeat(32));
const fields = { seq: 42n, headHash: "ab".repeat(32), count: 42n, at: new Date("2026-12-02T03:04:05.678Z") };

describe("audit checkpoints", () => {
  it("derives the same key from the same secret, and a different one from another", () => {
    expect(deriveAuditSigningKey("s".repeat(32))).toEqual(key);
    expect(key.id).toMatch(/^[0-9a-f]{16}$/);
    expect(deriveAuditSigningKey("t".repeat(32)).id).not.toBe(key.id);
    expect(() => deriveAuditSigningKey("pendek")).toThrow("minimal 32 karakter");
  });

  it("accepts a checkpoint it signed", () => {
    const signed = signCheckpoint(key, fields);
    expect(signed).toMatchObject({ ...fields, keyId: key.id });
    expect(signed.signature).toMatch(/^[0-9a-f]{64}$/);
    expect(checkCheckpointSignature(key, signed)).toBeNull();
  });

  it("refuses a checkpoint with any field changed", () => {
    const signed = signCheckpoint(key, fields);
    expect(checkCheckpointSignature(key, { ...signed, seq: 41n })).toBe("bad-signature");
    expect(checkCheckpointSignature(key, { ...signed, count: 43n })).toBe("bad-signature");
    expect(checkCheckpointSignature(key, { ...signed, headHash: "cd".repeat(32) })).toBe("bad-signature");
    expect(checkCheckpointSignature(key, { ...signed, at: new Date(fields.at.getTime() + 1) })).toBe("bad-signature");
    expect(checkCheckpointSignature(key, { ...signed, signature: "00" })).toBe("bad-signature");
  });

  it("tells a checkpoint of another key from a forged one", () => {
    const other = signCheckpoint(deriveAuditSigningKey("t".repeat(32)), fields);
    expect(checkCheckpointSignature(key, other)).toBe("other-key");
    expect(checkCheckpointSignature(key, { ...other, keyId: key.id })).toBe("bad-signature");
  });
});
