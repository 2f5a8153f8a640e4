import { beforeEach, describe, expect, it } from "vitest";
import type { Prisma } from "@/lib/db/generated/client";
import { getTestDb, resetDatabase } from "@/tests/support/db";
import { GENESIS_HASH, hashAuditEvent } from "./hash";
import { recordAuditEvent } from "./record-event";
import { REASON_CONTENT_CHANGED, REASON_LINK_BROKEN, verifyAuditChain } from "./verify-chain";

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

async function writeChain(): Promise<bigint[]> {
  const db = getTestDb();
  for (const [i, payload] of payloads.entries()) {
    await recordAuditEvent(db, { action: `test.step_${i}`, entityType: "Test", entityId: String(i), ip: i % 2 ? "10.0.0.1" : null, ...payload });
  }
  const rows = await db.auditEvent.findMany({ orderBy: { id: "asc" }, select: { id: true } });
  return rows.map((row) => row.id);
}

/** Runs raw SQL with the append-only trigger off, all in one transaction (others never see it off). */
async function tamper(sql: string, ...params: unknown[]): Promise<void> {
  await getTestDb().$transaction(async (tx) => {
    await tx.$executeRawUnsafe(`ALTER TABLE "AuditEvent" DISABLE TRIGGER "AuditEvent_append_only"`);
    try {
      expect(await tx.$executeRawUnsafe(sql, ...params)).toBe(1);
    } finally {
      await tx.$executeRawUnsafe(`ALTER TABLE "AuditEvent" ENABLE TRIGGER "AuditEvent_append_only"`);
    }
  });
}

describe("verifyAuditChain", () => {
  it("accepts a chain written by the app, whatever jsonb did to its JSON, in any batch size", async () => {
    await writeChain();
    const db = getTestDb();
    const last = await db.auditEvent.findFirstOrThrow({ orderBy: { id: "desc" } });
    const expected = { ok: true, events: payloads.length, lastHash: last.hash };
    expect(await verifyAuditChain({ db })).toEqual(expected);
    expect(await verifyAuditChain({ db, batchSize: 2 })).toEqual(expected);
    expect(await verifyAuditChain({ db, batchSize: 1 })).toEqual(expected);
  });

  it("accepts an empty chain", async () => {
    expect(await verifyAuditChain({ db: getTestDb() })).toEqual({ ok: true, events: 0, lastHash: GENESIS_HASH });
  });

  it("names an event whose content was changed in SQL", async () => {
    const ids = await writeChain();
    await tamper(`UPDATE "AuditEvent" SET "after" = jsonb_set("after", '{a}', '0.4') WHERE "id" = $1`, ids[2]);
    const result = await verifyAuditChain({ db: getTestDb(), batchSize: 2 });
    expect(result).toMatchObject({ ok: false, events: 3, firstBroken: { id: ids[2], action: "test.step_2", reason: REASON_CONTENT_CHANGED } });
  });

  it("names the event after one that was deleted", async () => {
    const ids = await writeChain();
    await tamper(`DELETE FROM "AuditEvent" WHERE "id" = $1`, ids[3]);
    const result = await verifyAuditChain({ db: getTestDb(), batchSize: 2 });
    expect(result).toMatchObject({ ok: false, events: 4, firstBroken: { id: ids[4], action: "test.step_4", reason: REASON_LINK_BROKEN } });
  });

  it("still finds an edited event whose own hash was recomputed, at the next link", async () => {
    const ids = await writeChain();
    const db = getTestDb();
    const { id: _id, prevHash, hash: _hash, ...fields } = await db.auditEvent.findUniqueOrThrow({ where: { id: ids[1]! } });
    const forged = { ...fields, after: { value: "C", note: null } };
    await tamper(`UPDATE "AuditEvent" SET "after" = $1::jsonb, "hash" = $2 WHERE "id" = $3`, JSON.stringify(forged.after), hashAuditEvent(prevHash, forged), ids[1]);
    expect(await verifyAuditChain({ db })).toMatchObject({ ok: false, firstBroken: { id: ids[2], reason: REASON_LINK_BROKEN } });
  });
});

describe("the append-only guard", () => {
  it("refuses UPDATE and DELETE of an audit event", async () => {
    const [id] = await writeChain();
    const db = getTestDb();
    await expect(db.$executeRaw`UPDATE "AuditEvent" SET "action" = 'x' WHERE "id" = ${id}`).rejects.toThrow("AuditEvent bersifat append-only: UPDATE ditolak");
    await expect(db.$executeRaw`DELETE FROM "AuditEvent" WHERE "id" = ${id}`).rejects.toThrow("AuditEvent bersifat append-only: DELETE ditolak");
    expect(await db.auditEvent.count()).toBe(payloads.length);
    expect(await verifyAuditChain({ db })).toMatchObject({ ok: true });
  });
});
