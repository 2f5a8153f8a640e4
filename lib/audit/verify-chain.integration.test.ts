import { beforeEach, describe, expect, it } from "vitest";
import type { Prisma } from "@/lib/db/generated/client";
import { getTestDb, resetDatabase } from "@/tests/support/db";
import { deriveAuditSigningKey, signCheckpoint } from "./checkpoint";
import { GENESIS_HASH, hashAuditEvent } from "./hash";
import { recordAuditEvent } from "./record-event";
import { sealAll, tamper, tamperOne, TEST_SIGNING } from "./test-support";
import {
  REASON_CHECKPOINT_FORGED, REASON_CHECKPOINT_MISMATCH, REASON_CONTENT_CHANGED, REASON_LINK_BROKEN, REASON_NEWEST_REMOVED,
  REASON_OTHER_KEY, REASON_SEQ_GAP, REASON_UNCHECKPOINTED, reasonUnsealed, verifyAuditChain,
} from "./verify-chain";

beforeEach(resetDatabase);

// Values PostgreSQL's jsonb stores differently from how JavaScript wrote them: key order,
// number spelling (1e21, 1e-7, -0), nested objects, nulls, undefined keys, unicode.
const payloads: { before: Prisma.InputJsonValue | null; after: Prisma.InputJsonValue | null }[] = [
  { before: null, after: { value: "A", note: "Sudah ada SK Tim ZI — lihat lampiran 「第1」 😀" } },
  { before: { value: "B", note: null }, after: { value: "A", note: "kutip \" dan \\ garis miring" } },
  { before: { z: 1, a: { y: [3.45, 0.1, null, { b: true, a: false }], x: {} } }, after: { a: 0.30000000000000004, z: -0 } },
  { before: { big: 1e21, tiny: 1e-7, int: 9007199254740991, neg: -12.5 }, after: { list: [], nested: { deeper: { deepest: "ß" } } } },
  { before: { skipped: undefined, kept: 1 }, after: "hanya teks" },
  { before: 0, after: false },
  { before: { value: { jumlah_sasaran_kinerja: 10, jumlah_sasaran_tercapai: 8 } }, after: null },
];

/** Seven events sealed in two runs (checkpoints at 4 and 7); returns their ids in seq order. */
async function writeChain(): Promise<bigint[]> {
  const db = getTestDb();
  for (const [i, payload] of payloads.entries()) {
    await recordAuditEvent(db, { action: `test.step_${i}`, entityType: "Test", entityId: String(i), ip: i % 2 ? "10.0.0.1" : null, ...payload });
    if (i === 3) await sealAll();
  }
  await sealAll();
  const rows = await db.auditEvent.findMany({ orderBy: { seq: "asc" }, select: { id: true } });
  return rows.map((row) => row.id);
}

const verify = (options: { batchSize?: number; now?: Date } = {}) => verifyAuditChain({ db: getTestDb(), signing: TEST_SIGNING, ...options });

describe("verifyAuditChain", () => {
  it("accepts a sealed chain, whatever jsonb did to its JSON, in any batch size", async () => {
    await writeChain();
    const last = await getTestDb().auditEvent.findFirstOrThrow({ orderBy: { seq: "desc" } });
    const expected = { ok: true, events: payloads.length, lastHash: last.hash, unsealed: 0, checkpoint: { seq: 7n, at: expect.any(Date) } };
    expect(await verify()).toEqual(expected);
    expect(await verify({ batchSize: 2 })).toEqual(expected);
    expect(await verify({ batchSize: 1 })).toEqual(expected);
  });

  it("accepts an empty chain, and recent events waiting for the sequencer", async () => {
    expect(await verify()).toEqual({ ok: true, events: 0, lastHash: GENESIS_HASH, unsealed: 0, checkpoint: null });
    await writeChain();
    await recordAuditEvent(getTestDb(), { action: "test.waiting", entityType: "Test" });
    expect(await verify()).toMatchObject({ ok: true, events: 7, unsealed: 1 });
  });

  it("names an event whose content was changed in SQL", async () => {
    const ids = await writeChain();
    await tamperOne("AuditEvent", `UPDATE "AuditEvent" SET "after" = jsonb_set("after", '{a}', '0.4') WHERE "id" = $1`, ids[2]);
    expect(await verify({ batchSize: 2 })).toMatchObject({ ok: false, events: 3, firstBroken: { kind: "event", id: ids[2], seq: 3n, action: "test.step_2", reason: REASON_CONTENT_CHANGED } });
  });

  it("names the event after one removed from the middle", async () => {
    const ids = await writeChain();
    await tamperOne("AuditEvent", `DELETE FROM "AuditEvent" WHERE "id" = $1`, ids[3]);
    expect(await verify({ batchSize: 2 })).toMatchObject({ ok: false, events: 4, firstBroken: { kind: "event", id: ids[4], action: "test.step_4", reason: REASON_SEQ_GAP } });
  });

  it("finds the newest events removed, through the signed checkpoint", async () => {
    const ids = await writeChain();
    await tamperOne("AuditEvent", `DELETE FROM "AuditEvent" WHERE "id" = $1`, ids[6]);
    expect(await verify()).toMatchObject({ ok: false, events: 6, firstBroken: { kind: "checkpoint", seq: 7n, reason: REASON_NEWEST_REMOVED } });
  });

  it("finds a truncation of the events, through the checkpoints", async () => {
    await writeChain();
    await tamper("AuditEvent", `TRUNCATE "AuditEvent"`);
    expect(await verify()).toMatchObject({ ok: false, events: 0, firstBroken: { kind: "checkpoint", seq: 4n, reason: REASON_NEWEST_REMOVED } });
  });

  it("still finds an edited event whose own hash was recomputed, at the next link", async () => {
    const ids = await writeChain();
    const { id: _id, seq: _seq, hash: _hash, prevHash, ...stored } = await getTestDb().auditEvent.findUniqueOrThrow({ where: { id: ids[1]! } });
    const forged = { ...stored, after: { value: "C", note: null } };
    await tamperOne("AuditEvent", `UPDATE "AuditEvent" SET "after" = $1::jsonb, "hash" = $2 WHERE "id" = $3`, JSON.stringify(forged.after), hashAuditEvent(prevHash!, forged), ids[1]);
    expect(await verify()).toMatchObject({ ok: false, firstBroken: { id: ids[2], reason: REASON_LINK_BROKEN } });
  });

  it("finds a chain rewritten from an edit onward (every hash recomputed) at the first checkpoint after it", async () => {
    const ids = await writeChain();
    const db = getTestDb();
    const events = await db.auditEvent.findMany({ orderBy: { seq: "asc" } });
    let prev = GENESIS_HASH;
    for (const [i, { id: _id, seq: _seq, prevHash: _p, hash: _h, ...event }] of events.entries()) {
      const fields = i === 1 ? { ...event, after: { value: "C", note: null } } : event;
      const hash = hashAuditEvent(prev, fields);
      await tamperOne("AuditEvent", `UPDATE "AuditEvent" SET "after" = $1::jsonb, "prevHash" = $2, "hash" = $3 WHERE "id" = $4`, JSON.stringify(fields.after), prev, hash, ids[i]);
      prev = hash;
    }
    expect(await verify()).toMatchObject({ ok: false, firstBroken: { kind: "checkpoint", seq: 4n, reason: REASON_CHECKPOINT_MISMATCH } });
  });

  it("finds a checkpoint that was altered, or signed with another key", async () => {
    await writeChain();
    await tamperOne("AuditCheckpoint", `UPDATE "AuditCheckpoint" SET "count" = 5 WHERE "seq" = 4`);
    expect(await verify()).toMatchObject({ ok: false, firstBroken: { kind: "checkpoint", seq: 4n, reason: REASON_CHECKPOINT_FORGED } });
    const other = deriveAuditSigningKey("z".repeat(32));
    expect(await verifyAuditChain({ db: getTestDb(), signing: other })).toMatchObject({ ok: false, firstBroken: { kind: "checkpoint", seq: 4n, reason: REASON_OTHER_KEY } });
  });

  it("finds events sealed outside the sequencer, with no checkpoint", async () => {
    const ids = await writeChain();
    await tamperOne("AuditCheckpoint", `DELETE FROM "AuditCheckpoint" WHERE "seq" = 7`);
    expect(await verify()).toMatchObject({ ok: false, firstBroken: { kind: "event", id: ids[4], seq: 5n, reason: REASON_UNCHECKPOINTED } });
  });

  it("names an event left unsealed for too long", async () => {
    await writeChain();
    await recordAuditEvent(getTestDb(), { action: "test.stuck", entityType: "Test" });
    const later = new Date(Date.now() + 11 * 60_000);
    expect(await verify({ now: later })).toMatchObject({ ok: false, events: 7, firstBroken: { kind: "event", seq: null, action: "test.stuck", reason: reasonUnsealed(10) } });
  });
});

describe("the database's guard", () => {
  it("refuses UPDATE and DELETE of sealed and unsealed events, and inserting one already sealed", async () => {
    const [id] = await writeChain();
    const db = getTestDb();
    await recordAuditEvent(db, { action: "test.unsealed", entityType: "Test" });
    const unsealed = (await db.auditEvent.findFirstOrThrow({ where: { seq: null } })).id;
    for (const target of [id, unsealed]) {
      await expect(db.$executeRaw`UPDATE "AuditEvent" SET "action" = 'x' WHERE "id" = ${target}`).rejects.toThrow("AuditEvent bersifat append-only: UPDATE ditolak");
      await expect(db.$executeRaw`DELETE FROM "AuditEvent" WHERE "id" = ${target}`).rejects.toThrow("AuditEvent bersifat append-only: DELETE ditolak");
    }
    await expect(db.$executeRaw`UPDATE "AuditEvent" SET "seq" = 99, "prevHash" = 'a', "hash" = 'b' WHERE "id" = ${id}`).rejects.toThrow("UPDATE ditolak");
    await expect(db.$executeRaw`INSERT INTO "AuditEvent" ("action", "entityType", "seq", "prevHash", "hash") VALUES ('x', 'Test', 99, 'a', 'b')`).rejects.toThrow(
      "AuditEvent hanya boleh ditambahkan tanpa segel",
    );
    expect(await db.auditEvent.count()).toBe(payloads.length + 1);
    expect(await verify()).toMatchObject({ ok: true, unsealed: 1 });
  });

  it("lets sealing set the chain columns of an unsealed event, and nothing else with them", async () => {
    const db = getTestDb();
    await recordAuditEvent(db, { action: "test.unsealed", entityType: "Test" });
    const { id } = await db.auditEvent.findFirstOrThrow();
    await expect(db.$executeRaw`UPDATE "AuditEvent" SET "seq" = 1, "prevHash" = 'a', "hash" = 'b', "action" = 'y' WHERE "id" = ${id}`).rejects.toThrow("UPDATE ditolak");
    await expect(db.$executeRaw`UPDATE "AuditEvent" SET "seq" = 1 WHERE "id" = ${id}`).rejects.toThrow("UPDATE ditolak");
    expect(await db.$executeRaw`UPDATE "AuditEvent" SET "seq" = 1, "prevHash" = 'a', "hash" = 'b' WHERE "id" = ${id}`).toBe(1);
  });

  it("refuses TRUNCATE of the events and the checkpoints, also through a cascade", async () => {
    await writeChain();
    const db = getTestDb();
    await expect(db.$executeRawUnsafe(`TRUNCATE "AuditEvent"`)).rejects.toThrow("AuditEvent bersifat append-only: TRUNCATE ditolak");
    await expect(db.$executeRawUnsafe(`TRUNCATE "User" CASCADE`)).rejects.toThrow("AuditEvent bersifat append-only: TRUNCATE ditolak");
    await expect(db.$executeRawUnsafe(`TRUNCATE "AuditCheckpoint"`)).rejects.toThrow("AuditCheckpoint bersifat append-only: TRUNCATE ditolak");
    await expect(db.$executeRaw`UPDATE "AuditCheckpoint" SET "count" = 1`).rejects.toThrow("AuditCheckpoint bersifat append-only: UPDATE ditolak");
    await expect(db.$executeRaw`DELETE FROM "AuditCheckpoint"`).rejects.toThrow("AuditCheckpoint bersifat append-only: DELETE ditolak");
    expect(await verify()).toMatchObject({ ok: true, events: payloads.length });
  });

  it("is off for nobody but the table owner inside one transaction (the test reset)", async () => {
    await writeChain();
    await resetDatabase();
    expect([await getTestDb().auditEvent.count(), await getTestDb().auditCheckpoint.count()]).toEqual([0, 0]);
    await expect(getTestDb().$executeRawUnsafe(`TRUNCATE "AuditEvent"`)).rejects.toThrow("TRUNCATE ditolak");
  });
});

it("a checkpoint signed by the test key over the real head is what the sequencer writes", async () => {
  await writeChain();
  const [checkpoint] = await getTestDb().auditCheckpoint.findMany({ where: { seq: 7n } });
  const head = await getTestDb().auditEvent.findFirstOrThrow({ where: { seq: 7n } });
  expect(checkpoint).toMatchObject(signCheckpoint(TEST_SIGNING, { seq: 7n, headHash: head.hash!, count: 7n, at: checkpoint!.at }));
});
