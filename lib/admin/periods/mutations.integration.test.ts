import { beforeEach, describe, expect, it } from "vitest";
import { unitEditRefusal } from "@/lib/assessment/access";
import type { UnitKind } from "@/lib/db/generated/enums";
import { seedDatabase } from "@/lib/seed/seed";
import { getTestDb, resetDatabase } from "@/tests/support/db";
import { RecordIdSchema } from "../schema-helpers";
import { attempt, auditTrail } from "../test-support";
import { dateInZone, endOfDayInZone } from "@/lib/instansi/time-zone";
import { addPeriodUnits, closePeriod, openPeriod, reopenPeriod, updatePeriodDeadline } from "./mutations";
import { PeriodAddUnitsSchema, PeriodDeadlineSchema, PeriodOpenSchema, PeriodReopenSchema } from "./schemas";

let actorId: string;
const db = () => getTestDb();
const DAY = 24 * 60 * 60 * 1000;
const inDays = (days: number) => dateInZone(new Date(Date.now() + days * DAY), "WIB");
const endOfDayInJakarta = (day: string) => endOfDayInZone(day, "WIB");
const open = (raw: unknown) => attempt(PeriodOpenSchema, (input) => openPeriod({ db: db(), actorId, input }), raw);
const addUnits = (raw: unknown) => attempt(PeriodAddUnitsSchema, (input) => addPeriodUnits({ db: db(), actorId, input }), raw);
const setDeadline = (raw: unknown) => attempt(PeriodDeadlineSchema, (input) => updatePeriodDeadline({ db: db(), actorId, input }), raw);
const close = (id: string) => attempt(RecordIdSchema, (input) => closePeriod({ db: db(), actorId, input }), { id });
const reopen = (raw: unknown) => attempt(PeriodReopenSchema, (input) => reopenPeriod({ db: db(), actorId, input }), raw);

async function unit(code: string, kind: UnitKind = "OPD", active = true) {
  return db().unit.create({ data: { code, name: `Unit ${code}`, kind, active } });
}

const form = (unitIds: string[], extra: Record<string, unknown> = {}) => ({ year: 2025, name: "", lkeVersionId: "pm90-2021", deadline: inDays(30), unitIds, ...extra });

async function draftsOf(periodId: string) {
  const rows = await db().assessment.findMany({ where: { periodId }, select: { unitId: true, state: true } });
  return rows.sort((a, b) => a.unitId.localeCompare(b.unitId));
}

beforeEach(async () => {
  await resetDatabase();
  await seedDatabase({ db: db(), demo: false });
  actorId = (await db().user.create({ data: { name: "Admin", role: "ADMIN", email: "admin@serang.test", passwordHash: "x" } })).id;
});

describe("openPeriod", () => {
  it("creates the period and a DRAFT for exactly the chosen units, with the deadline at 23:59:59.999 WIB, audited", async () => {
    const [dinkes, rsud] = [await unit("DINKES"), await unit("RSUD", "UPT")];
    await unit("BAPENDA");
    const deadline = inDays(30);
    const result = await open(form([dinkes.id, rsud.id], { deadline }));
    expect(result.ok).toBe(true);
    const period = await db().period.findUniqueOrThrow({ where: { year: 2025 } });
    expect(period).toMatchObject({ name: "Evaluasi Zona Integritas Tahun 2025", status: "OPEN", closedAt: null, lkeVersionId: "pm90-2021" });
    expect(period.deadline.toISOString()).toBe(endOfDayInJakarta(deadline).toISOString());
    expect(period.deadline.toISOString()).toMatch(/T16:59:59\.999Z$/);
    const expected = [dinkes.id, rsud.id].sort().map((unitId) => ({ unitId, state: "DRAFT" }));
    expect(await draftsOf(period.id)).toEqual(expected);
    const [event] = await auditTrail();
    expect(event).toMatchObject({ action: "period.open", entityId: period.id, actorId, after: { year: 2025, status: "OPEN" } });
    expect(event?.json).toContain(dinkes.id);
    expect(event?.json).toContain(rsud.id);
  });

  it("ends the deadline day in the instansi's own time zone: 23:59:59.999 WIT is 14:59:59.999 UTC", async () => {
    await db().instansi.create({ data: { name: "Pemerintah Kabupaten Uji", kind: "PEMDA_KABUPATEN", regionName: "Kabupaten Uji", headTitle: "Bupati Uji", timeZone: "WIT" } });
    const deadline = inDays(30);
    expect((await open(form([(await unit("DINKES")).id], { deadline }))).ok).toBe(true);
    const period = await db().period.findUniqueOrThrow({ where: { year: 2025 } });
    expect(period.deadline.toISOString()).toBe(endOfDayInZone(deadline, "WIT").toISOString());
    expect(period.deadline.toISOString()).toMatch(/T14:59:59\.999Z$/);
  });

  it("refuses a year that already has a period as a field error on year, and saves nothing", async () => {
    const dinkes = await unit("DINKES");
    expect((await open(form([dinkes.id]))).ok).toBe(true);
    const again = await open(form([dinkes.id], { name: "Evaluasi kedua" }));
    expect(again).toMatchObject({ ok: false, fieldErrors: { year: [expect.stringContaining("sudah memiliki periode")] } });
    expect(await db().period.count()).toBe(1);
    expect(await db().assessment.count()).toBe(1);
    expect((await auditTrail()).map((e) => e.action)).toEqual(["period.open"]);
  });

  it("refuses a deadline in the past, in the schema and again in the mutation with its own clock", async () => {
    const dinkes = await unit("DINKES");
    expect(await open(form([dinkes.id], { deadline: inDays(-1) }))).toMatchObject({ ok: false, fieldErrors: { deadline: ["Batas waktu paling cepat hari ini"] } });
    const input = PeriodOpenSchema.parse(form([dinkes.id], { deadline: inDays(2) }));
    const later = attempt(PeriodOpenSchema, (parsed) => openPeriod({ db: db(), actorId, input: parsed, now: new Date(Date.now() + 5 * DAY) }), input);
    expect(await later).toMatchObject({ ok: false, fieldErrors: { deadline: [expect.any(String)] } });
    expect(await db().period.count()).toBe(0);
  });

  it("refuses an inactive unit, a unit that does not fill in an LKE, an unknown unit and an unknown LKE version", async () => {
    const [dinkes, old, pemda] = [await unit("DINKES"), await unit("LAMA", "OPD", false), await unit("PEMKAB", "PEMDA")];
    expect(await open(form([dinkes.id, old.id]))).toMatchObject({ ok: false, fieldErrors: { unitIds: [expect.stringContaining("Unit LAMA")] } });
    expect(await open(form([dinkes.id, pemda.id]))).toMatchObject({ ok: false, fieldErrors: { unitIds: [expect.stringContaining("Unit PEMKAB")] } });
    expect(await open(form([dinkes.id, crypto.randomUUID()]))).toMatchObject({ ok: false, fieldErrors: { unitIds: [expect.any(String)] } });
    expect(await open(form([dinkes.id], { lkeVersionId: "pm99-2030" }))).toMatchObject({ ok: false, fieldErrors: { lkeVersionId: [expect.any(String)] } });
    expect(await db().period.count()).toBe(0);
    expect(await db().assessment.count()).toBe(0);
    expect(await auditTrail()).toEqual([]);
  });
});

describe("an open period", () => {
  async function opened(unitIds: string[]) {
    const result = await open(form(unitIds));
    if (!result.ok) throw new Error(result.error);
    return result.data.id;
  }

  it("takes more units, refuses one that already takes part, and audits the addition", async () => {
    const [dinkes, bapenda, rsud] = [await unit("DINKES"), await unit("BAPENDA"), await unit("RSUD", "UPT")];
    const id = await opened([dinkes.id]);
    expect(await addUnits({ id, unitIds: [bapenda.id, dinkes.id] })).toMatchObject({ ok: false, fieldErrors: { unitIds: [expect.stringContaining("Unit DINKES")] } });
    expect(await addUnits({ id, unitIds: [bapenda.id, rsud.id] })).toMatchObject({ ok: true, data: { added: 2 } });
    expect((await draftsOf(id)).map((a) => a.unitId)).toEqual([dinkes.id, bapenda.id, rsud.id].sort());
    expect((await auditTrail()).map((e) => e.action)).toEqual(["period.open", "period.add_units"]);
  });

  it("moves its deadline, before and after in the audit trail", async () => {
    const id = await opened([(await unit("DINKES")).id]);
    const deadline = inDays(60);
    expect(await setDeadline({ id, deadline })).toMatchObject({ ok: true });
    expect((await db().period.findUniqueOrThrow({ where: { id } })).deadline.toISOString()).toBe(endOfDayInJakarta(deadline).toISOString());
    expect((await auditTrail())[1]).toMatchObject({ action: "period.update_deadline", before: { deadline: endOfDayInJakarta(inDays(30)).toISOString() }, after: { deadline: endOfDayInJakarta(deadline).toISOString() } });
  });

  it("closes: the unit can no longer edit, nothing more can be changed until an admin reopens it with a reason", async () => {
    const [dinkes, bapenda] = [await unit("DINKES"), await unit("BAPENDA")];
    const id = await opened([dinkes.id]);
    const draft = () => db().assessment.findFirstOrThrow({ where: { periodId: id }, select: { state: true, period: true } });
    expect(unitEditRefusal(await draft())).toBeNull();

    expect(await close(id)).toMatchObject({ ok: true });
    const closed = await db().period.findUniqueOrThrow({ where: { id } });
    expect(closed.status).toBe("CLOSED");
    expect(closed.closedAt).toBeInstanceOf(Date);
    expect(unitEditRefusal(await draft())).toContain("sudah ditutup");
    expect(await close(id)).toMatchObject({ ok: false, error: expect.stringContaining("sudah ditutup") });
    expect(await addUnits({ id, unitIds: [bapenda.id] })).toMatchObject({ ok: false });
    expect(await setDeadline({ id, deadline: inDays(40) })).toMatchObject({ ok: false });
    expect(await db().assessment.count()).toBe(1);

    expect(await reopen({ id, reason: "x" })).toMatchObject({ ok: false, fieldErrors: { reason: [expect.any(String)] } });
    expect(await reopen({ id, reason: "Perpanjangan berdasarkan surat Sekda" })).toMatchObject({ ok: true });
    expect(await db().period.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "OPEN", closedAt: null });
    expect(unitEditRefusal(await draft())).toBeNull();
    expect(await auditTrail()).toMatchObject([
      { action: "period.open" },
      { action: "period.close", before: { status: "OPEN" }, after: { status: "CLOSED" } },
      { action: "period.reopen", before: { status: "CLOSED" }, after: { status: "OPEN", reason: "Perpanjangan berdasarkan surat Sekda" } },
    ]);
  });
});
