import { createHash } from "node:crypto";
import canonicalize from "canonicalize";

// Each audit event carries the hash of the event before it, so that changing or
// removing any stored event breaks every link after it (checked by audit:verify).
// The hash covers the canonical JSON (RFC 8785) of exactly the stored fields.

export const GENESIS_HASH = "0".repeat(64);

export type HashedFields = {
  at: Date;
  actorId: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  unitId: string | null;
  assessmentId: string | null;
  before: unknown;
  after: unknown;
  ip: string | null;
};

export function hashAuditEvent(prevHash: string, fields: HashedFields): string {
  const body = canonicalize({ ...fields, at: fields.at.toISOString(), before: fields.before ?? null, after: fields.after ?? null });
  return createHash("sha256").update(`${prevHash}\n${body}`).digest("hex");
}
