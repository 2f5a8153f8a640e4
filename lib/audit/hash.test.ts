import { describe, expect, it } from "vitest";
import { GENESIS_HASH, hashAuditEvent } from "./hash";

const base = {
  at: new Date("2026-01-02T03:04:05.678Z"), actorId: null, action: "x", entityType: "User", entityId: "1",
  unitId: null, assessmentId: null, before: { a: 1, b: 2 }, after: null, ip: null,
};

describe("hashAuditEvent", () => {
  it("does not depend on the order of keys in the JSON", () => {
    expect(hashAuditEvent(GENESIS_HASH, base)).toBe(hashAuditEvent(GENESIS_HASH, { ...base, before: { b: 2, a: 1 } }));
  });

  it("changes when any field or the previous hash changes", () => {
    const h = hashAuditEvent(GENESIS_HASH, base);
    expect(h).toMatch(/^[0-9a-f]{64}$/);
    expect(hashAuditEvent(GENESIS_HASH, { ...base, action: "y" })).not.toBe(h);
    expect(hashAuditEvent(GENESIS_HASH, { ...base, before: { a: 1, b: 3 } })).not.toBe(h);
    expect(hashAuditEvent(GENESIS_HASH, { ...base, at: new Date("2026-01-02T03:04:05.679Z") })).not.toBe(h);
    expect(hashAuditEvent("1".repeat(64), base)).not.toBe(h);
  });
});
