import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db/create-client";
import { getTestDb, resetDatabase, testDatabaseUrl } from "@/tests/support/db";
import { recordAuditEvent } from "./record-event";
import { sealAuditEvents } from "./sequencer";
import { startAuditSequencer } from "./sequencer-worker";
import { TEST_SIGNING } from "./test-support";
import { verifyAuditChain } from "./verify-chain";

beforeEach(resetDatabase);

const other = createPrismaClient(testDatabaseUrl());
afterAll(() => other.$disconnect());

async function writeEvents(count: number) {
  for (let i = 0; i < count; i++) await recordAuditEvent(getTestDb(), { action: "test.seq", entityType: "Test", entityId: String(i) });
}

describe("sealAuditEvents", () => {
  it("is idempotent: a second run seals nothing and writes no checkpoint", async () => {
    const db = getTestDb();
    await writeEvents(5);
    expect(await sealAuditEvents({ db, signing: TEST_SIGNING })).toMatchObject({ status: "sealed", sealed: 5, head: { seq: 5n } });
    const before = await db.auditEvent.findMany({ orderBy: { id: "asc" } });
    expect(await sealAuditEvents({ db, signing: TEST_SIGNING })).toMatchObject({ status: "sealed", sealed: 0, head: { seq: 5n } });
    expect(await db.auditEvent.findMany({ orderBy: { id: "asc" } })).toEqual(before);
    expect(await db.auditCheckpoint.count()).toBe(1);
  });

  it("seals in batches, one signed checkpoint per batch, and continues the chain later", async () => {
    const db = getTestDb();
    await writeEvents(7);
    expect(await sealAuditEvents({ db, signing: TEST_SIGNING, batchSize: 3 })).toMatchObject({ status: "sealed", sealed: 7 });
    expect((await db.auditCheckpoint.findMany({ orderBy: { seq: "asc" } })).map((c) => [c.seq, c.count])).toEqual([[3n, 3n], [6n, 6n], [7n, 7n]]);
    await writeEvents(2);
    expect(await sealAuditEvents({ db, signing: TEST_SIGNING })).toMatchObject({ sealed: 2, head: { seq: 9n } });
    expect(await verifyAuditChain({ db, signing: TEST_SIGNING, batchSize: 2 })).toMatchObject({ ok: true, events: 9, unsealed: 0, checkpoint: { seq: 9n } });
  });

  it("is exclusive: while one sequencer holds the lock another returns busy and changes nothing", async () => {
    const db = getTestDb();
    await writeEvents(3);
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let running!: () => void;
    const started = new Promise<void>((resolve) => (running = resolve));
    // A sequencer in another session, caught in the middle of its transaction.
    const first = other.$transaction(async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(5262002)`;
      running();
      await held;
    });
    await started;
    expect(await sealAuditEvents({ db, signing: TEST_SIGNING })).toEqual({ status: "busy" });
    expect(await db.auditEvent.count({ where: { seq: { not: null } } })).toBe(0);
    release();
    await first;
    expect(await sealAuditEvents({ db, signing: TEST_SIGNING })).toMatchObject({ status: "sealed", sealed: 3 });
  });

  it("two sequencers started at once: one seals each event, the chain stays whole", async () => {
    await writeEvents(40);
    const outcomes = await Promise.all([
      sealAuditEvents({ db: getTestDb(), signing: TEST_SIGNING, batchSize: 5 }),
      sealAuditEvents({ db: other, signing: TEST_SIGNING, batchSize: 5 }),
    ]);
    const sealed = outcomes.map((o) => (o.status === "sealed" ? o.sealed : 0));
    expect(Math.max(...sealed)).toBeGreaterThan(0);
    // Whatever a busy one left, the next run seals; no event is sealed twice (the counts add up).
    const rest = await sealAuditEvents({ db: getTestDb(), signing: TEST_SIGNING });
    expect(sealed[0]! + sealed[1]! + (rest.status === "sealed" ? rest.sealed : Number.NaN)).toBe(40);
    expect(await verifyAuditChain({ db: getTestDb(), signing: TEST_SIGNING })).toMatchObject({ ok: true, events: 40, unsealed: 0 });
  });
});

describe("startAuditSequencer (the web server's worker)", () => {
  it("seals soon after a writer asks, and catches up what was written before it started", async () => {
    const db = getTestDb();
    await writeEvents(2); // before the worker: nobody asks for these; the start-up run seals them
    const worker = startAuditSequencer({ db, signing: TEST_SIGNING, delayMs: 10, catchUpMs: 60_000 });
    try {
      await expect.poll(() => db.auditEvent.count({ where: { seq: null } }), { timeout: 10_000 }).toBe(0);
      await writeEvents(3); // recordAuditEvent asks the worker
      await expect.poll(() => db.auditEvent.count({ where: { seq: null } }), { timeout: 10_000 }).toBe(0);
    } finally {
      await worker.stop();
    }
    expect(await verifyAuditChain({ db, signing: TEST_SIGNING })).toMatchObject({ ok: true, events: 5 });
    await writeEvents(1); // stopped: nobody listens any more
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await db.auditEvent.count({ where: { seq: null } })).toBe(1);
  });
});
