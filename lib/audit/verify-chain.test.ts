import { describe, expect, it } from "vitest";
import type { StoredEvent } from "./chain-reader";
import { deriveAuditSigningKey, signCheckpoint } from "./checkpoint";
import { GENESIS_HASH, hashAuditEvent } from "./hash";
import {
  checkAuditEvent, checkCheckpoint, REASON_CHECKPOINT_FORGED, REASON_CHECKPOINT_MISMATCH, REASON_CONTENT_CHANGED,
  REASON_LINK_BROKEN, REASON_NEWEST_REMOVED, REASON_OTHER_KEY, REASON_SEQ_GAP,
} from "./verify-chain";

const key = deriveAuditSigningKey("s".repeat(32));

function chain(length: number): StoredEvent[] {
  const events: StoredEvent[] = [];
  let prevHash = GENESIS_HASH;
  for (let i = 1; i <= length; i++) {
    const fields = { at: new Date(Date.UTC(2026, 11, 2, 3, 4, i)), actorId: null, action: "x", entityType: "Test", entityId: String(i), unitId: null, assessmentId: null, before: null, after: { i }, ip: null };
    const hash = hashAuditEvent(prevHash, fields);
    events.push({ ...fields, id: BigInt(i * 10), seq: BigInt(i), prevHash, hash });
    prevHash = hash;
  }
  return events;
}

describe("checkAuditEvent", () => {
  const [first, second, third] = chain(3) as [StoredEvent, StoredEvent, StoredEvent];

  it("accepts events in seq order, each linked to the one before", () => {
    expect(checkAuditEvent(GENESIS_HASH, 1n, first)).toBeNull();
    expect(checkAuditEvent(first.hash, 2n, second)).toBeNull();
  });

  it("names a changed content before anything else", () => {
    expect(checkAuditEvent(GENESIS_HASH, 1n, { ...first, after: { i: 2 } })).toBe(REASON_CONTENT_CHANGED);
    expect(checkAuditEvent(first.hash, 2n, { ...second, at: new Date(second.at.getTime() + 1), seq: 9n })).toBe(REASON_CONTENT_CHANGED);
  });

  it("names a gap in the seq (an event removed) and a broken link", () => {
    expect(checkAuditEvent(first.hash, 2n, third)).toBe(REASON_SEQ_GAP);
    expect(checkAuditEvent(first.hash, 3n, third)).toBe(REASON_LINK_BROKEN);
  });
});

describe("checkCheckpoint", () => {
  const events = chain(3);
  const head = events[2]!;
  const signed = { ...signCheckpoint(key, { seq: 3n, headHash: head.hash, count: 3n, at: new Date() }), id: 1n };

  it("accepts a checkpoint signed over the event at its seq", () => {
    expect(checkCheckpoint(key, signed, head)).toBeNull();
  });

  it("names a chain that ends before the checkpoint, or differs from it", () => {
    expect(checkCheckpoint(key, signed, undefined)).toBe(REASON_NEWEST_REMOVED);
    expect(checkCheckpoint(key, signed, { ...head, hash: "f".repeat(64) })).toBe(REASON_CHECKPOINT_MISMATCH);
  });

  it("names a forged or foreign checkpoint, and one whose count is not its seq", () => {
    expect(checkCheckpoint(key, { ...signed, headHash: "f".repeat(64) }, head)).toBe(REASON_CHECKPOINT_FORGED);
    expect(checkCheckpoint(deriveAuditSigningKey("t".repeat(32)), signed, head)).toBe(REASON_OTHER_KEY);
    const miscounted = { ...signCheckpoint(key, { seq: 3n, headHash: head.hash, count: 4n, at: new Date() }), id: 2n };
    expect(checkCheckpoint(key, miscounted, head)).toBe(REASON_CHECKPOINT_FORGED);
  });
});
