import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db/create-client";
import { getTestDb, resetDatabase, testDatabaseUrl } from "@/tests/support/db";
import { GENESIS_HASH, hashAuditEvent } from "./hash";
import { appendAuditEvent, recordAuditEvent } from "./record-event";
import { sealAll, TEST_SIGNING } from "./test-support";
import { verifyAuditChain } from "./verify-chain";

beforeEach(resetDatabase);

// Six clients, each with its own pool of connections, as six web servers would be.
const clients = Array.from({ length: 6 }, () => createPrismaClient(testDatabaseUrl()));
afterAll(() => Promise.all(clients.map((c) => c.$disconnect())));

describe("recordAuditEvent and appendAuditEvent", () => {
  it("insert the content only; the event is unsealed until the sequencer runs", async () => {
    const db = getTestDb();
    await recordAuditEvent(db, { action: "test.event", entityType: "Test", entityId: "1", after: { nilai: 3.45 } });
    expect(await db.auditEvent.findFirstOrThrow()).toMatchObject({ action: "test.event", after: { nilai: 3.45 }, seq: null, prevHash: null, hash: null });
  });

  it("leave nothing behind when the caller's transaction rolls back", async () => {
    const db = getTestDb();
    await expect(
      db.$transaction(async (tx) => {
        await appendAuditEvent(tx, { action: "test.rolled_back", entityType: "Test" });
        throw new Error("batal");
      }),
    ).rejects.toThrow("batal");
    expect(await db.auditEvent.count()).toBe(0);
  });

  it("from many connections at once, committing out of id order, give a gap-free chain after sequencing", async () => {
    const writes = clients.flatMap((client, c) =>
      Array.from({ length: 20 }, (_, i) =>
        client.$transaction(async (tx) => {
          await appendAuditEvent(tx, { action: "test.concurrent", entityType: "Test", entityId: `${c}-${i}`, after: { c, i } });
          // Some transactions stay open a while, so later ids commit before earlier ones.
          if (i % 3 === 0) await new Promise((resolve) => setTimeout(resolve, 15));
        }, { maxWait: 30_000 }), // 20 transactions per pool of 10: some wait for a connection
      ),
    );
    // The sequencer runs while the writers are still at it, as it does in the web server.
    const midway = (async () => {
      await new Promise((resolve) => setTimeout(resolve, 20));
      return sealAll();
    })();
    await Promise.all([...writes, midway]);
    await sealAll();

    const db = getTestDb();
    const events = await db.auditEvent.findMany({ orderBy: { seq: "asc" } });
    expect(events).toHaveLength(120);
    expect(events.map((e) => e.seq)).toEqual(Array.from({ length: 120 }, (_, i) => BigInt(i + 1)));
    expect(new Set(events.map((e) => e.entityId)).size).toBe(120);
    let prev = GENESIS_HASH;
    for (const e of events) {
      expect(e.prevHash).toBe(prev);
      const { id: _id, seq: _seq, prevHash: _prev, hash, ...fields } = e;
      expect(hash).toBe(hashAuditEvent(prev, fields));
      prev = hash!;
    }
    expect(await verifyAuditChain({ db, signing: TEST_SIGNING })).toMatchObject({ ok: true, events: 120, lastHash: prev, unsealed: 0, checkpoint: { seq: 120n } });
  }, 120_000); // up to 60 connections opened at once: slow on a busy shared machine
});
