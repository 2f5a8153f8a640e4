import { createHash, createHmac, hkdfSync, timingSafeEqual } from "node:crypto";

// Signed checkpoints of the audit chain's head. Whoever can write to the database but does not
// hold the key can neither forge a checkpoint nor rewrite the chain so that the stored
// checkpoints still match it; and removing the newest events leaves a checkpoint pointing past
// the end of the chain. The key is AUDIT_SIGNING_KEY, or one derived from AUTH_SECRET.

export type CheckpointFields = { seq: bigint; headHash: string; count: bigint; at: Date };
export type SignedCheckpoint = CheckpointFields & { keyId: string; signature: string };

export type AuditSigningKey = { key: Buffer; id: string };

/** The checkpoint key from a configured secret; a separate key, so AUTH_SECRET never signs logs itself. */
export function deriveAuditSigningKey(secret: string): AuditSigningKey {
  if (secret.length < 32) throw new RangeError("kunci penanda tangan audit minimal 32 karakter");
  const key = Buffer.from(hkdfSync("sha256", secret, "portal-zi", "audit-checkpoint-v1", 32));
  return { key, id: createHash("sha256").update(key).digest("hex").slice(0, 16) };
}

function payload({ seq, headHash, count, at }: CheckpointFields): string {
  return `portal-zi/audit-checkpoint/v1\n${seq}\n${headHash}\n${count}\n${at.toISOString()}`;
}

export function signCheckpoint(signing: AuditSigningKey, fields: CheckpointFields): SignedCheckpoint {
  const signature = createHmac("sha256", signing.key).update(payload(fields)).digest("hex");
  return { ...fields, keyId: signing.id, signature };
}

export type CheckpointProblem = "other-key" | "bad-signature" | null;

/** Whether this key signed exactly these fields. */
export function checkCheckpointSignature(signing: AuditSigningKey, checkpoint: SignedCheckpoint): CheckpointProblem {
  if (checkpoint.keyId !== signing.id) return "other-key";
  const expected = Buffer.from(signCheckpoint(signing, checkpoint).signature, "hex");
  const actual = Buffer.from(checkpoint.signature, "hex");
  return actual.length === expected.length && timingSafeEqual(actual, expected) ? null : "bad-signature";
}
