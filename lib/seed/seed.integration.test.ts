import { beforeEach, describe, expect, it } from "vitest";
import { verifyCredentials } from "@/lib/auth/verify-credentials";
import { loadEligibilityFacts } from "@/lib/eligibility/facts";
import { dateInZone } from "@/lib/instansi/time-zone";
import { getTestDb, resetDatabase } from "@/tests/support/db";
import { DEMO_PASSWORD, DEMO_USERS } from "./demo-data";
import { demoPeriodYear } from "./demo-eligibility";
import { seedDatabase } from "./seed";

beforeEach(resetDatabase);

describe("seedDatabase", () => {
  it("adds the LKE version and the Kabupaten Serang demo once, and only to an empty database", async () => {
    const db = getTestDb();
    expect(await seedDatabase({ db, demo: true })).toEqual({ lkeVersionsAdded: ["pm90-2021"], demoSeeded: true });
    expect(await seedDatabase({ db, demo: true })).toEqual({ lkeVersionsAdded: [], demoSeeded: false });

    const units = await db.unit.findMany({ select: { name: true, kind: true } });
    expect(units.filter((u) => u.kind === "OPD").map((u) => u.name).sort()).toEqual([
      "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", "Badan Pendapatan Daerah", "Dinas Kependudukan dan Pencatatan Sipil",
      "Dinas Kesehatan", "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu", "Dinas Pendidikan dan Kebudayaan",
      "RSUD dr. Drajat Prawiranegara",
    ]);
    const roles = await db.user.groupBy({ by: ["role"], _count: true });
    expect(Object.fromEntries(roles.map((r) => [r.role, r._count]))).toEqual({ ADMIN: 1, PIMPINAN: 2, TPI: 2, OPERATOR: 7 });
    const operatorsWithoutUnit = await db.user.count({ where: { role: "OPERATOR", unitId: null } });
    expect(operatorsWithoutUnit).toBe(0);
  });

  it("seeds Kabupaten Serang's profile, one open period with Tabel 5 (SPIP unmet), unit facts and a predicate register", async () => {
    const db = getTestDb();
    await seedDatabase({ db, demo: true });
    expect(await db.instansi.findUniqueOrThrow({ where: { id: 1 } })).toMatchObject({
      name: "Pemerintah Kabupaten Serang", kind: "PEMDA_KABUPATEN", regionName: "Kabupaten Serang", headTitle: "Bupati Serang", timeZone: "WIB",
    });
    const today = dateInZone(new Date(), "WIB");
    const period = await db.period.findFirstOrThrow({ include: { assessments: true, instansiConditions: true } });
    expect(period).toMatchObject({ year: demoPeriodYear(today), status: "OPEN", proposalDeadline: null });
    expect(period.deadline.getTime()).toBeGreaterThan(Date.now());
    expect(period.assessments.map((a) => a.state)).toEqual(Array(7).fill("DRAFT"));
    expect(Object.fromEntries(period.instansiConditions.map((c) => [c.key, c.value]))).toEqual({ OPINI_BPK: "WTP", SAKIP: "BB", INDEKS_RB: "B", SPIP: "2" });
    expect(period.instansiConditions.every((c) => c.sourceUrl?.startsWith("https://") && dateInZone(c.documentDate, "WIB") <= today)).toBe(true);

    const units = await db.unit.findMany({ where: { kind: "OPD" }, select: { id: true, code: true, serviceCategory: true } });
    const byCode = Object.fromEntries(units.map((u) => [u.code, u]));
    expect(Object.fromEntries(units.map((u) => [u.code, u.serviceCategory]))).toEqual({
      DISDUKCAPIL: "DUKCAPIL", "RSUD-DRAJAT": "RSUD", DPMPTSP: "PTSP", DINKES: "LAINNYA", DINDIKBUD: "LAINNYA", BAPENDA: "LAINNYA", BKPSDM: "LAINNYA",
    });
    const facts = await loadEligibilityFacts({ db, periodId: period.id, unitIds: units.map((u) => u.id) });
    expect(facts.instansi).toEqual({ kind: "PEMDA", opiniBpk: "WTP", sakip: "BB", indeksRb: "B", spipLevel: 2 });
    expect(facts.units.get(byCode.DISDUKCAPIL!.id)?.predicates).toEqual([{ year: period.year - 2, predicate: "WBK", source: "TPN", revokedOn: null }]);
    const bapenda = facts.units.get(byCode.BAPENDA!.id)!.predicates;
    expect(bapenda).toHaveLength(1);
    // Revoked recently: within the last 90 days, so its two-year lock is still running.
    expect(bapenda[0]!.revokedOn! <= today && bapenda[0]!.revokedOn! >= dateInZone(new Date(Date.now() - 90 * 86_400_000), "WIB")).toBe(true);
    expect(facts.units.get(byCode.DINKES!.id)).toMatchObject({ followUpPercent: 97.5, sakipInternal: "B", ziSinceWbbm: null });
  });

  it("gives every demo account the documented password", async () => {
    const db = getTestDb();
    await seedDatabase({ db, demo: true });
    for (const user of DEMO_USERS.slice(0, 3)) {
      expect((await verifyCredentials({ db, identifier: user.email, password: DEMO_PASSWORD })).ok).toBe(true);
    }
  });

  it("adds no demo accounts outside demo mode", async () => {
    const db = getTestDb();
    expect(await seedDatabase({ db, demo: false })).toEqual({ lkeVersionsAdded: ["pm90-2021"], demoSeeded: false });
    expect(await db.user.count()).toBe(0);
  });
});
