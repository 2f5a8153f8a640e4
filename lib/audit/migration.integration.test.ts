import { cpSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { createPrismaClient, type Db } from "@/lib/db/create-client";
import { migrateDatabase } from "@/lib/db/migrate";
import { MIGRATIONS_DIR } from "@/lib/db/prepare";
import { createScratchDatabase, query } from "@/tests/support/scratch-db";
import { GENESIS_HASH, hashAuditEvent } from "./hash";
import { recordAuditEvent } from "./record-event";
import { sealAuditEvents } from "./sequencer";
import { TEST_SIGNING } from "./test-support";
import { REASON_CONTENT_CHANGED, verifyAuditChain } from "./verify-chain";

// Events written by the writer before the sequencer (one global lock, chained on insert) are
// migrated: they keep their hashes, get seq in id order, and are verified once before the
// sequencer links anything to them.

const SEQUENCER_MIGRATION = "20261202113357_audit_sequencer";
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** A database migrated up to just before the sequencer, with three events chained the old way. */
async function databaseWithOldChain(): Promise<{ url: string; db: Db }> {
  const scratch = await createScratchDatabase("audit_migration");
  cleanups.push(scratch.drop);
  const before = mkdtempSync(path.join(tmpdir(), "portal-zi-old-migrations-"));
  cleanups.push(async () => rmSync(before, { recursive: true, force: true }));
  for (const name of readdirSync(MIGRATIONS_DIR).filter((n) => n < SEQUENCER_MIGRATION)) cpSync(path.join(MIGRATIONS_DIR, name), path.join(before, name), { recursive: true });
  await migrateDatabase({ connectionString: scratch.url, migrationsDir: before });
  let prevHash = GENESIS_HASH;
  for (const [i, after] of [{ value: "A" }, { z: 1, a: [0.1, null] }, { note: "catatan 😀" }].entries()) {
    const fields = { at: new Date(Date.UTC(2025, 4, 1, 8, 0, i)), actorId: null, action: "answer.unit_update", entityType: "Answer", entityId: `Q${i}`, unitId: null, assessmentId: null, before: null, after, ip: null };
    const hash = hashAuditEvent(prevHash, fields);
    await query(scratch.url, `INSERT INTO "AuditEvent" ("at", "action", "entityType", "entityId", "after", "prevHash", "hash") VALUES ($1, $2, $3, $4, $5, $6, $7)`, [
      fields.at, fields.action, fields.entityType, fields.entityId, JSON.stringify(after), prevHash, hash,
    ]);
    prevHash = hash;
  }
  const db = createPrismaClient(scratch.url);
  cleanups.push(() => db.$disconnect());
  return { url: scratch.url, db };
}

describe("migrating the events chained before the sequencer", () => {
  it("numbers them in id order, verifies them in the first run, and continues the chain", async () => {
    const { url, db } = await databaseWithOldChain();
    await migrateDatabase({ connectionString: url, migrationsDir: MIGRATIONS_DIR });
    expect((await db.auditEvent.findMany({ orderBy: { id: "asc" } })).map((e) => e.seq)).toEqual([1n, 2n, 3n]);
    expect(await verifyAuditChain({ db, signing: TEST_SIGNING })).toMatchObject({ ok: true, events: 3, checkpoint: null });

    expect(await sealAuditEvents({ db, signing: TEST_SIGNING })).toMatchObject({ status: "sealed", sealed: 0, head: { seq: 3n } });
    expect(await db.auditCheckpoint.findMany()).toMatchObject([{ seq: 3n, count: 3n }]);
    await recordAuditEvent(db, { action: "test.after_migration", entityType: "Test" });
    expect(await sealAuditEvents({ db, signing: TEST_SIGNING })).toMatchObject({ status: "sealed", sealed: 1, head: { seq: 4n } });
    expect(await verifyAuditChain({ db, signing: TEST_SIGNING })).toMatchObject({ ok: true, events: 4, unsealed: 0, checkpoint: { seq: 4n } });
  });

  it("refuses to extend an old chain that does not verify, and seals nothing", async () => {
    const { url, db } = await databaseWithOldChain();
    // Edited in the old database, past its append-only trigger.
    await query(url, `BEGIN; ALTER TABLE "AuditEvent" DISABLE TRIGGER "AuditEvent_append_only";
      UPDATE "AuditEvent" SET "after" = '{"value": "B"}' WHERE "entityId" = 'Q0';
      ALTER TABLE "AuditEvent" ENABLE TRIGGER "AuditEvent_append_only"; COMMIT`);
    await migrateDatabase({ connectionString: url, migrationsDir: MIGRATIONS_DIR });
    await recordAuditEvent(db, { action: "test.after_migration", entityType: "Test" });
    const outcome = await sealAuditEvents({ db, signing: TEST_SIGNING });
    expect(outcome).toEqual({ status: "refused", reason: expect.stringContaining(REASON_CONTENT_CHANGED) });
    expect([await db.auditCheckpoint.count(), await db.auditEvent.count({ where: { seq: null } })]).toEqual([0, 1]);
  });
});
