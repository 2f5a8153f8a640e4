import { beforeEach, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db/create-client";
import { seedDatabase } from "@/lib/seed/seed";
import { getTestDb, resetDatabase } from "@/tests/support/db";
import { loadEligibilityFacts } from "./facts";

const db = () => getTestDb();
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
let periodId: string;
let adminId: string;

/** The client, counting every query it sends. */
function counting(): { db: Db; count: () => number } {
  let n = 0;
  const counted = db().$extends({ query: { $allOperations: ({ args, query }) => { n += 1; return query(args); } } });
  return { db: counted as unknown as Db, count: () => n };
}

async function units(count: number) {
  const created = [];
  for (let i = 0; i < count; i += 1) created.push(await db().unit.create({ data: { code: `U-${i}`, name: `Unit ${i}`, kind: "OPD" } }));
  return created.map((u) => u.id);
}

beforeEach(async () => {
  await resetDatabase();
  await seedDatabase({ db: db(), demo: false });
  adminId = (await db().user.create({ data: { name: "Admin", role: "ADMIN", email: "a@uji.test", passwordHash: "x" } })).id;
  periodId = (await db().period.create({ data: { year: 2027, name: "Evaluasi 2027", lkeVersionId: "pm90-2021", deadline: new Date(Date.now() + 86_400_000) } })).id;
});

describe("loadEligibilityFacts", () => {
  it("reads unit columns, the period year's facts only, and the whole register; missing data stays null", async () => {
    const [ptsp, blank] = await units(2);
    await db().unit.update({ where: { id: ptsp }, data: { serviceCategory: "PTSP", coreService: true, significantImpact: false, ziSinceWbk: day("2025-03-01") } });
    await db().unitYearFact.createMany({ data: [
      { unitId: ptsp!, year: 2026, sakipInternal: "A", followUpPercent: 50 },
      { unitId: ptsp!, year: 2027, sakipInternal: "BB", followUpPercent: 99.99 },
    ] });
    await db().unitPredicate.createMany({ data: [
      { unitId: ptsp!, year: 2025, predicate: "WBK", source: "MANDIRI", decreeNumber: "K/2", decreeDate: day("2025-12-01"), revokedOn: day("2026-10-01"), revocationNumber: "P/1", createdById: adminId },
      { unitId: ptsp!, year: 2023, predicate: "WBK", source: "TPN", decreeNumber: "K/1", decreeDate: day("2023-12-01"), createdById: adminId },
    ] });
    const facts = await loadEligibilityFacts({ db: db(), periodId, unitIds: [ptsp!, blank!, ptsp!, "00000000-0000-4000-8000-000000000000"] });
    expect(facts.asOf).toBe("2027-05-31");
    expect(facts.units.get(ptsp!)).toEqual({
      serviceCategory: "PTSP", coreService: true, significantImpact: false, followUpPercent: 99.99, sakipInternal: "BB", ziSinceWbk: "2025-03-01", ziSinceWbbm: null,
      predicates: [
        { year: 2023, predicate: "WBK", source: "TPN", revokedOn: null },
        { year: 2025, predicate: "WBK", source: "MANDIRI", revokedOn: "2026-10-01" },
      ],
    });
    expect(facts.units.get(blank!)).toEqual({
      serviceCategory: "LAINNYA", coreService: null, significantImpact: null, followUpPercent: null, sakipInternal: null, ziSinceWbk: null, ziSinceWbbm: null, predicates: [],
    });
    expect(facts.units.size).toBe(2);
  });

  it("maps the instansi kind and its Tabel 5 values; without a profile it is unconfigured and KL (no affirmation on a guess)", async () => {
    const [unit] = await units(1);
    let facts = await loadEligibilityFacts({ db: db(), periodId, unitIds: [unit!] });
    expect(facts).toMatchObject({ instansiConfigured: false, instansi: { kind: "KL", opiniBpk: null, sakip: null, indeksRb: null, spipLevel: null } });
    for (const [kind, group] of [["PEMDA_PROVINSI", "PEMDA"], ["PEMDA_KABUPATEN", "PEMDA"], ["PEMDA_KOTA", "PEMDA"], ["KL", "KL"]] as const) {
      await db().instansi.upsert({ where: { id: 1 }, create: { name: "Instansi Uji", kind, regionName: "Uji", headTitle: "Kepala", timeZone: "WIB" }, update: { kind } });
      expect((await loadEligibilityFacts({ db: db(), periodId, unitIds: [] })).instansi.kind).toBe(group);
    }
    const base = { periodId, documentName: "Dokumen", documentDate: day("2026-05-01"), sourceUrl: "https://x.go.id/a", updatedById: adminId };
    await db().instansiCondition.createMany({ data: [
      { ...base, key: "OPINI_BPK", value: "WDP" }, { ...base, key: "SAKIP", value: "BB" }, { ...base, key: "SPIP", value: "3" },
    ] });
    await db().period.update({ where: { id: periodId }, data: { proposalDeadline: day("2027-06-15") } });
    facts = await loadEligibilityFacts({ db: db(), periodId, unitIds: [unit!] });
    expect(facts).toMatchObject({ asOf: "2027-06-15", instansiConfigured: true, instansi: { kind: "KL", opiniBpk: "WDP", sakip: "BB", indeksRb: null, spipLevel: 3 } });
  });

  it("sends the same number of queries for 1 unit as for 40", async () => {
    const ids = await units(40);
    await db().unitYearFact.createMany({ data: ids.map((unitId) => ({ unitId, year: 2027, sakipInternal: "B" as const, followUpPercent: 100 })) });
    const one = counting();
    await loadEligibilityFacts({ db: one.db, periodId, unitIds: ids.slice(0, 1) });
    const many = counting();
    const facts = await loadEligibilityFacts({ db: many.db, periodId, unitIds: ids });
    expect(facts.units.size).toBe(40);
    expect(many.count()).toBe(one.count());
    expect(many.count()).toBeLessThanOrEqual(6);
  });
});
