import { beforeEach, describe, expect, it, vi } from "vitest";
import { auditTrail } from "@/lib/admin/test-support";
import { getSessionUser, type SessionUser } from "@/lib/auth/session";
import type { Role } from "@/lib/db/generated/enums";
import { getTestDb, resetDatabase } from "@/tests/support/db";
import { createUnitPredicateAction, revokeUnitPredicateAction, saveUnitYearFactAction, updateUnitAttributesAction } from "./actions";

// The actions as the browser calls them: createAction's session and role check, zod, the
// mutation and its audit event, against the real PostgreSQL.
vi.mock("@/lib/auth/session", () => ({ getSessionUser: vi.fn() }));
vi.mock("@/lib/db/prisma", () => ({ getDb: () => getTestDb() }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

const db = () => getTestDb();
let unitId: string;
const users = {} as Record<Role, SessionUser>;
const as = (role: Role) => vi.mocked(getSessionUser).mockResolvedValue(users[role]);

/** Everything these actions may write: compared before and after a refusal. */
async function state() {
  const [unit, facts, predicates, events] = await Promise.all([
    db().unit.findUniqueOrThrow({ where: { id: unitId } }),
    db().unitYearFact.findMany({ orderBy: { year: "asc" } }),
    db().unitPredicate.findMany({ orderBy: { year: "asc" } }),
    db().auditEvent.count(),
  ]);
  return JSON.stringify({ unit, facts, predicates, events });
}

beforeEach(async () => {
  await resetDatabase();
  unitId = (await db().unit.create({ data: { code: "DPMPTSP", name: "DPMPTSP Uji", kind: "OPD" } })).id;
  for (const role of ["ADMIN", "OPERATOR", "TPI", "PIMPINAN"] as const) {
    const row = await db().user.create({ data: { name: `${role} uji`, email: `${role.toLowerCase()}@uji.test`, role, unitId: role === "OPERATOR" ? unitId : null, passwordHash: "x" } });
    users[role] = { id: row.id, name: row.name, role, unitId: row.unitId, unitName: null };
  }
  as("ADMIN");
});

const attributes = { unitId: "", serviceCategory: "PTSP", coreService: "YA", significantImpact: "TIDAK", ziSinceWbk: "2025-01-15", ziSinceWbbm: "" };
const predicate = { year: 2024, predicate: "WBK", source: "TPN", decreeNumber: "KEP-MENPANRB/2024/17", decreeDate: "2024-12-10" };

describe("unit attributes", () => {
  it("saves the category, the Ya/Tidak facts and the pencanangan date, audited with before and after", async () => {
    const result = await updateUnitAttributesAction({ ...attributes, unitId });
    expect(result.ok).toBe(true);
    expect(await db().unit.findUniqueOrThrow({ where: { id: unitId } })).toMatchObject({ serviceCategory: "PTSP", coreService: true, significantImpact: false, ziSinceWbbm: null });
    expect((await db().unit.findUniqueOrThrow({ where: { id: unitId } })).ziSinceWbk?.toISOString()).toBe("2025-01-15T00:00:00.000Z");
    const [event] = await auditTrail();
    expect(event).toMatchObject({
      action: "unit.update_attributes",
      actorId: users.ADMIN.id,
      before: { serviceCategory: "LAINNYA", coreService: null, ziSinceWbk: null },
      after: { serviceCategory: "PTSP", coreService: true, significantImpact: false, ziSinceWbk: "2025-01-15", ziSinceWbbm: null },
    });
  });

  it.each(["OPERATOR", "TPI", "PIMPINAN"] as const)("refuses %s and changes nothing", async (role) => {
    const before = await state();
    as(role);
    expect(await updateUnitAttributesAction({ ...attributes, unitId })).toEqual({ ok: false, error: "Anda tidak berwenang melakukan tindakan ini." });
    expect(await state()).toBe(before);
  });

  it("refuses a pencanangan date in the future and an unknown category on their fields, and changes nothing", async () => {
    const before = await state();
    const result = await updateUnitAttributesAction({ ...attributes, unitId, serviceCategory: "BANDARA", ziSinceWbk: "2999-01-01" });
    expect(result).toMatchObject({ ok: false, fieldErrors: { serviceCategory: ["Pilih kategori layanan yang dikenal"], ziSinceWbk: ["Tanggal pencanangan menuju WBK tidak boleh setelah hari ini"] } });
    expect(await state()).toBe(before);
  });

  it("refuses without a session", async () => {
    vi.mocked(getSessionUser).mockResolvedValue(null);
    expect(await updateUnitAttributesAction({ ...attributes, unitId })).toMatchObject({ ok: false, error: "Sesi Anda berakhir. Silakan masuk kembali." });
  });
});

describe("per-year facts", () => {
  it("adds a year, then edits it in place, each audited", async () => {
    expect((await saveUnitYearFactAction({ unitId, year: 2026, sakipInternal: "B", followUpPercent: "98,5" })).ok).toBe(true);
    expect((await saveUnitYearFactAction({ unitId, year: 2026, sakipInternal: "BB", followUpPercent: "100" })).ok).toBe(true);
    const rows = await db().unitYearFact.findMany();
    expect(rows.map((r) => ({ year: r.year, sakipInternal: r.sakipInternal, followUpPercent: r.followUpPercent?.toNumber() }))).toEqual([{ year: 2026, sakipInternal: "BB", followUpPercent: 100 }]);
    const events = await auditTrail();
    expect(events.map((e) => e.action)).toEqual(["unit.save_year_fact", "unit.save_year_fact"]);
    expect(events[1]).toMatchObject({ before: { year: 2026, sakipInternal: "B", followUpPercent: 98.5 }, after: { year: 2026, sakipInternal: "BB", followUpPercent: 100 } });
  });

  it("refuses a percentage outside 0–100 or with three decimals, an unknown grade, and another role; nothing changes", async () => {
    await saveUnitYearFactAction({ unitId, year: 2026, sakipInternal: "B", followUpPercent: "90" });
    const before = await state();
    for (const bad of [{ followUpPercent: "100,5" }, { followUpPercent: "99,999" }, { followUpPercent: "-3" }, { sakipInternal: "E" }]) {
      const result = await saveUnitYearFactAction({ unitId, year: 2026, sakipInternal: "BB", followUpPercent: "100", ...bad });
      expect(result.ok).toBe(false);
      expect(Object.keys(result.ok ? {} : (result.fieldErrors ?? {}))).toEqual(Object.keys(bad));
    }
    as("OPERATOR");
    expect((await saveUnitYearFactAction({ unitId, year: 2026, sakipInternal: "BB", followUpPercent: "100" })).ok).toBe(false);
    expect(await state()).toBe(before);
  });
});

describe("predicate register", () => {
  it("records a predicate and its revocation, each audited; a revoked predicate cannot be revoked again", async () => {
    const created = await createUnitPredicateAction({ ...predicate, unitId });
    expect(created.ok).toBe(true);
    const id = created.ok ? created.data.id : "";
    expect((await revokeUnitPredicateAction({ predicateId: id, revocationNumber: "KEP-MENPANRB/2025/3", revokedOn: "2025-09-01" })).ok).toBe(true);
    const row = await db().unitPredicate.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ year: 2024, predicate: "WBK", source: "TPN", revocationNumber: "KEP-MENPANRB/2025/3", createdById: users.ADMIN.id });
    expect(row.revokedOn?.toISOString()).toBe("2025-09-01T00:00:00.000Z");
    const events = await auditTrail();
    expect(events.map((e) => e.action)).toEqual(["unit.add_predicate", "unit.revoke_predicate"]);
    expect(events[1]).toMatchObject({ before: { revokedOn: null }, after: { revokedOn: "2025-09-01", revocationNumber: "KEP-MENPANRB/2025/3" } });
    const again = await revokeUnitPredicateAction({ predicateId: id, revocationNumber: "KEP/2", revokedOn: "2025-10-01" });
    expect(again).toMatchObject({ ok: false, error: "Predikat ini sudah dicabut pada 1 September 2025." });
  });

  it("refuses a revocation dated before the decree, naming the field and the decree date; nothing changes", async () => {
    const created = await createUnitPredicateAction({ ...predicate, unitId });
    const id = created.ok ? created.data.id : "";
    const before = await state();
    const result = await revokeUnitPredicateAction({ predicateId: id, revocationNumber: "KEP/9/2024", revokedOn: "2024-12-09" });
    expect(result).toMatchObject({ ok: false, fieldErrors: { revokedOn: ["Tanggal pencabutan tidak boleh sebelum tanggal keputusan predikat (10 Desember 2024)"] } });
    expect(await state()).toBe(before);
  });

  it("refuses a future year, a decree before its year, the same predicate twice, and other roles; nothing changes", async () => {
    await createUnitPredicateAction({ ...predicate, unitId });
    const before = await state();
    const future = await createUnitPredicateAction({ ...predicate, unitId, year: 2999, decreeDate: "2999-01-02" });
    expect(future).toMatchObject({ ok: false, fieldErrors: { year: ["Tahun predikat tidak boleh setelah tahun ini"] } });
    const early = await createUnitPredicateAction({ ...predicate, unitId, year: 2023, decreeDate: "2022-12-30" });
    expect(early).toMatchObject({ ok: false, fieldErrors: { decreeDate: ["Tanggal keputusan tidak boleh sebelum tahun predikat"] } });
    const twice = await createUnitPredicateAction({ ...predicate, unitId, decreeNumber: "KEP/lain" });
    expect(twice).toMatchObject({ ok: false, fieldErrors: { year: ["Unit ini sudah tercatat memiliki predikat yang sama pada tahun ini"] } });
    for (const role of ["OPERATOR", "TPI", "PIMPINAN"] as const) {
      as(role);
      expect((await createUnitPredicateAction({ ...predicate, unitId, year: 2023, decreeDate: "2023-12-01" })).ok).toBe(false);
      const id = (await db().unitPredicate.findFirstOrThrow()).id;
      expect((await revokeUnitPredicateAction({ predicateId: id, revocationNumber: "KEP/1/2025", revokedOn: "2025-01-02" })).ok).toBe(false);
    }
    expect(await state()).toBe(before);
  });
});
