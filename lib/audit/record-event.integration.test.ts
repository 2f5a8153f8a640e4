import { beforeEach, describe, expect, it } from "vitest";
import { getTestDb, resetDatabase } from "@/tests/support/db";
import { GENESIS_HASH, hashAuditEvent } from "./hash";
import { recordAuditEvent } from "./record-event";

beforeEach(resetDatabase);

describe("recordAuditEvent", () => {
  it("links every event to the one before it, also when written concurrently", async () => {
    const db = getTestDb();
    await Promise.all(
      Array.from({ length: 12 }, (_, i) => recordAuditEvent(db, { action: "test.event", entityType: "Test", entityId: String(i), after: { i } })),
    );
    const events = await db.auditEvent.findMany({ orderBy: { id: "asc" } });
    expect(events).toHaveLength(12);
    let prev = GENESIS_HASH;
    for (const e of events) {
      expect(e.prevHash).toBe(prev);
      const recomputed = hashAuditEvent(prev, {
        at: e.at, actorId: e.actorId, action: e.action, entityType: e.entityType, entityId: e.entityId,
        unitId: e.unitId, assessmentId: e.assessmentId, before: e.before, after: e.after, ip: e.ip,
      });
      expect(e.hash).toBe(recomputed);
      prev = e.hash;
    }
  });
});
