import { beforeEach, describe, expect, it } from "vitest";
import { getTestDb, resetDatabase } from "@/tests/support/db";
import { withUniqueFieldErrors } from "../mutation-support";
import { RecordIdSchema } from "../schema-helpers";
import { attempt, auditTrail } from "../test-support";
import { createUnit, deactivateUnit, reactivateUnit, updateUnit } from "./mutations";
import { UnitCreateSchema, UnitUpdateSchema } from "./schemas";

let actorId: string;
const db = () => getTestDb();
const create = (raw: unknown) => attempt(UnitCreateSchema, (input) => createUnit({ db: db(), actorId, input }), raw);
const update = (raw: unknown) => attempt(UnitUpdateSchema, (input) => updateUnit({ db: db(), actorId, input }), raw);
const deactivate = (id: string) => attempt(RecordIdSchema, (input) => deactivateUnit({ db: db(), actorId, input }), { id });
const reactivate = (id: string) => attempt(RecordIdSchema, (input) => reactivateUnit({ db: db(), actorId, input }), { id });

async function unit(code: string, kind: "PEMDA" | "OPD" | "INSPEKTORAT" = "OPD", parentId: string | null = null) {
  return db().unit.create({ data: { code, name: `Unit ${code}`, kind, parentId } });
}

async function user(unitId: string, active = true, role: "OPERATOR" | "TPI" = "OPERATOR") {
  return db().user.create({ data: { name: "Pegawai", role, unitId, active, passwordHash: "x", email: `${crypto.randomUUID()}@serang.test` } });
}

beforeEach(async () => {
  await resetDatabase();
  actorId = (await db().user.create({ data: { name: "Admin", role: "ADMIN", email: "admin@serang.test", passwordHash: "x" } })).id;
});

describe("createUnit", () => {
  it("saves the unit with its code in upper case and records unit.create", async () => {
    const pemda = await unit("PEMKAB");
    const result = await create({ code: " dinkes ", name: "Dinas Kesehatan", kind: "OPD", parentId: pemda.id });
    expect(result.ok).toBe(true);
    const saved = await db().unit.findUniqueOrThrow({ where: { code: "DINKES" } });
    expect(saved).toMatchObject({ name: "Dinas Kesehatan", kind: "OPD", parentId: pemda.id, active: true });
    expect(await auditTrail()).toMatchObject([{ action: "unit.create", entityId: saved.id, actorId, before: null, after: { code: "DINKES", active: true } }]);
  });

  it("refuses a duplicate code as a field error on code and saves nothing", async () => {
    await unit("DINKES");
    const result = await create({ code: "dinkes", name: "Dinas Kesehatan Baru", kind: "OPD", parentId: "" });
    expect(result).toMatchObject({ ok: false, fieldErrors: { code: [expect.stringContaining("sudah dipakai")] } });
    expect(await db().unit.count()).toBe(1);
    expect(await auditTrail()).toEqual([]);
  });

  it("maps a unique-constraint race (P2002) on code to the same field error", async () => {
    await unit("DINKES");
    const race = withUniqueFieldErrors({ code: "Kode dipakai" }, () => db().unit.create({ data: { code: "DINKES", name: "Kembar", kind: "OPD" } }));
    await expect(race).rejects.toMatchObject({ name: "DomainError", fieldErrors: { code: ["Kode dipakai"] } });
  });

  it("refuses an unknown parent", async () => {
    const result = await create({ code: "DINKES", name: "Dinas Kesehatan", kind: "OPD", parentId: crypto.randomUUID() });
    expect(result).toMatchObject({ ok: false, fieldErrors: { parentId: [expect.any(String)] } });
    expect(await db().unit.count()).toBe(0);
  });
});

describe("updateUnit", () => {
  it("changes the unit and records before and after", async () => {
    const dinkes = await unit("DINKES");
    const result = await update({ id: dinkes.id, code: "DINKES-2", name: "Dinas Kesehatan", kind: "UPT", parentId: null });
    expect(result.ok).toBe(true);
    expect(await db().unit.findUniqueOrThrow({ where: { id: dinkes.id } })).toMatchObject({ code: "DINKES-2", kind: "UPT" });
    expect(await auditTrail()).toMatchObject([{ action: "unit.update", before: { code: "DINKES", kind: "OPD" }, after: { code: "DINKES-2", kind: "UPT" } }]);
  });

  it("refuses another unit's code, and a parent that is the unit itself or its sub-unit", async () => {
    const pemda = await unit("PEMKAB", "PEMDA");
    const dinkes = await unit("DINKES", "OPD", pemda.id);
    const base = { id: pemda.id, name: "Pemkab", kind: "PEMDA" };
    expect(await update({ ...base, code: "DINKES", parentId: null })).toMatchObject({ ok: false, fieldErrors: { code: [expect.any(String)] } });
    expect(await update({ ...base, code: "PEMKAB", parentId: pemda.id })).toMatchObject({ ok: false, fieldErrors: { parentId: [expect.any(String)] } });
    expect(await update({ ...base, code: "PEMKAB", parentId: dinkes.id })).toMatchObject({ ok: false, fieldErrors: { parentId: [expect.any(String)] } });
    expect(await db().unit.findUniqueOrThrow({ where: { id: pemda.id } })).toMatchObject({ code: "PEMKAB", name: "Unit PEMKAB", parentId: null });
    expect(await auditTrail()).toEqual([]);
  });

  it("refuses a new kind that its active operators or TPI may not sit in", async () => {
    const dinkes = await unit("DINKES");
    await user(dinkes.id);
    const result = await update({ id: dinkes.id, code: "DINKES", name: "Dinas Kesehatan", kind: "INSPEKTORAT", parentId: null });
    expect(result).toMatchObject({ ok: false, fieldErrors: { kind: [expect.stringContaining("1 pengguna aktif")] } });
    expect((await db().unit.findUniqueOrThrow({ where: { id: dinkes.id } })).kind).toBe("OPD");
  });
});

describe("deactivateUnit / reactivateUnit", () => {
  it("refuses while the unit has active users, saying how many", async () => {
    const dinkes = await unit("DINKES");
    await Promise.all([user(dinkes.id), user(dinkes.id), user(dinkes.id, false)]);
    const result = await deactivate(dinkes.id);
    expect(result).toMatchObject({ ok: false, error: expect.stringContaining("masih memiliki 2 pengguna aktif") });
    expect((await db().unit.findUniqueOrThrow({ where: { id: dinkes.id } })).active).toBe(true);
    expect(await auditTrail()).toEqual([]);
  });

  it("deactivates a unit with only inactive users, then reactivates it, each with an audit event", async () => {
    const dinkes = await unit("DINKES");
    await user(dinkes.id, false);
    expect(await deactivate(dinkes.id)).toMatchObject({ ok: true });
    expect((await db().unit.findUniqueOrThrow({ where: { id: dinkes.id } })).active).toBe(false);
    expect(await deactivate(dinkes.id)).toMatchObject({ ok: false, error: "Unit kerja ini sudah nonaktif." });
    expect(await reactivate(dinkes.id)).toMatchObject({ ok: true });
    expect((await db().unit.findUniqueOrThrow({ where: { id: dinkes.id } })).active).toBe(true);
    expect(await auditTrail()).toMatchObject([
      { action: "unit.deactivate", entityId: dinkes.id, before: { active: true }, after: { active: false } },
      { action: "unit.reactivate", entityId: dinkes.id, before: { active: false }, after: { active: true } },
    ]);
  });

  it("reports an unknown unit", async () => {
    expect(await deactivate(crypto.randomUUID())).toEqual({ ok: false, error: "Unit kerja tidak ditemukan.", fieldErrors: undefined });
  });
});
