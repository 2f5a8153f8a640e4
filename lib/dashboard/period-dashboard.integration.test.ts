import { beforeEach, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/session";
import { Prisma } from "@/lib/db/generated/client";
import { finalizeAssessment } from "@/lib/review/transitions/finalize";
import { NO_CONFIRMATIONS } from "@/lib/eligibility/stored";
import { answerEverything, createTransitionFixture } from "@/lib/review/transitions/test-support";
import { createAssessmentFixture } from "@/tests/support/assessment-fixture";
import { getTestDb, resetDatabase } from "@/tests/support/db";
import { getPeriodDashboard } from "./period-dashboard";
import { listDashboardPeriods } from "./periods";
import { getUnitDashboard } from "./unit-dashboard";
import { DEFAULT_UNIT_LIST_QUERY } from "./unit-list";

beforeEach(resetDatabase);
const db = getTestDb;
const leader = (id: string): SessionUser => ({ id, name: "Sekda", role: "PIMPINAN", unitId: null, unitName: null });

/** A period with a FINAL unit (weak survey: fails B.I), a DRAFT unit claiming a perfect LKE, and a SUBMITTED unit under way. */
async function periodOfThree() {
  const f = await createTransitionFixture(db(), { state: "SUBMITTED" });
  await answerEverything(db(), f.assessment.id, { "B.I.a.a": 2 });
  await finalizeAssessment({ db: db(), user: f.lead, input: { assessmentId: f.assessment.id, confirmations: NO_CONFIRMATIONS } });
  const claim = await createAssessmentFixture(db(), { year: f.period.year });
  await answerEverything(db(), claim.assessment.id);
  await db().answer.updateMany({ where: { assessmentId: claim.assessment.id }, data: { tpiValue: Prisma.DbNull } });
  const reviewing = await createAssessmentFixture(db(), { year: f.period.year, state: "IN_REVIEW" });
  await answerEverything(db(), reviewing.assessment.id);
  await db().answer.updateMany({ where: { assessmentId: reviewing.assessment.id, questionCode: { startsWith: "A.II" } }, data: { tpiValue: Prisma.DbNull } });
  const [period] = await listDashboardPeriods({ db: db() });
  return { f, claim, reviewing, period: period! };
}

describe("getPeriodDashboard", () => {
  it("scores every unit for a leader: the stored evaluation when FINAL, the TPI's values under review, else the unit's claim", async () => {
    const { f, claim, reviewing, period } = await periodOfThree();
    const dashboard = await getPeriodDashboard({ db: db(), user: leader(f.admin.id), period, query: DEFAULT_UNIT_LIST_QUERY });
    const byUnit = new Map(dashboard!.list.rows.map((r) => [r.unitId, r]));
    expect(dashboard!.list.rows).toHaveLength(3);
    // Only FINAL evaluations may be proposed (PermenPAN-RB 5/2024 Bab II A); the claim is a perkiraan.
    expect(dashboard).toMatchObject({ unitCount: 3, started: true, ready: { count: 0 }, estimated: { count: 1 }, notReady: { count: 2 } });
    expect(dashboard!.counts.filter((c) => c.count > 0)).toEqual([{ state: "DRAFT", count: 1 }, { state: "IN_REVIEW", count: 1 }, { state: "FINAL", count: 1 }]);
    // The readiness lists are the same full rows as the table's.
    expect(dashboard!.estimated.shown).toEqual([byUnit.get(claim.unit.id)]);

    const final = byUnit.get(f.unit.id)!;
    expect(final).toMatchObject({ state: "FINAL", basis: "FINAL", target: null, tpi: { basis: "FINAL", total: 91.25 } });
    expect(final.failing.map((c) => c.rule)).toEqual(["bersihAkuntabelMin", "surveiAntiKorupsiMin"]);
    expect(final.gaps[0]).toMatchObject({ code: "B.I.a.a", gain: 8.75 });
    expect(final.gaps[0]!.text.length).toBeGreaterThan(10);

    const own = byUnit.get(claim.unit.id)!;
    // The unit's own perfect claim meets Menuju WBK (a perkiraan); WBBM also needs a WBK held, and
    // the register has none.
    expect(own).toMatchObject({ state: "DRAFT", basis: "UNIT", tpi: null, target: "WBK", unit: { total: 100 } });
    expect(own.failing.map((c) => c.rule)).toEqual(["requiresWbk"]);
    // Tabel 5 on data nobody entered: "belum diisi", so not eligible even as a perkiraan.
    expect(own.eligibility.WBK).toMatchObject({ eligible: false, tabel6: [] });
    expect(own.eligibility.WBK.conditions.find((c) => c.condition === "opiniBpk")).toMatchObject({ state: "MISSING" });
    expect(own.gaps).toEqual([]);

    const live = byUnit.get(reviewing.unit.id)!;
    expect(live).toMatchObject({ basis: "TPI", target: null, tpi: { basis: "REVIEW" } });
    expect(live.tpi!.answered).toBeLessThan(live.tpi!.questions);
    expect(live.tpi!.total).toBeLessThan(live.unit.total);
    expect(live.failing.some((c) => c.rule === "totalMin")).toBe(true);
  });

  it("reads the whole period for counts and readiness but gives in full only the page asked and the first readiness rows", async () => {
    const units = [];
    const { period: p } = await createAssessmentFixture(db());
    for (let i = 0; i < 24; i++) units.push(await createAssessmentFixture(db(), { year: p.year }));
    // Three units claim a perfect LKE (ready); the rest answered nothing or part.
    for (const u of units.slice(0, 3)) await answerEverything(db(), u.assessment.id);
    for (const u of units.slice(3, 13)) await answerEverything(db(), u.assessment.id, {});
    await db().answer.updateMany({ where: { assessmentId: { in: units.slice(3, 13).map((u) => u.assessment.id) }, questionCode: { startsWith: "A.I" } }, data: { unitValue: Prisma.DbNull } });
    const period = (await listDashboardPeriods({ db: db() })).find((x) => x.year === p.year)!;
    const user = leader(units[0]!.user.id);

    const second = await getPeriodDashboard({ db: db(), user, period, query: { ...DEFAULT_UNIT_LIST_QUERY, page: 2 } });
    expect(second).toMatchObject({ unitCount: 25, ready: { count: 0 }, estimated: { count: 3 }, notReady: { count: 22 }, list: { page: 2, pageCount: 2, from: 21, to: 25, total: 25 } });
    expect(second!.estimated.shown).toHaveLength(3);
    expect(second!.notReady.shown).toHaveLength(8);
    expect(second!.list.rows).toHaveLength(5);
    // Best first over every unit: page 2 holds the lowest totals, in full (both sides, gaps).
    expect(second!.list.rows.every((r) => r.judgedTotal === 0 && r.gaps.length === 1)).toBe(true);
    expect(second!.notReady.shown.map((r) => r.judgedTotal)).toEqual([...second!.notReady.shown.map((r) => r.judgedTotal)].sort((a, b) => b - a));
    expect(second!.notReady.shown[0]!.judgedTotal).toBeGreaterThan(0);

    const search = await getPeriodDashboard({ db: db(), user, period, query: { ...DEFAULT_UNIT_LIST_QUERY, search: units[5]!.unit.name.toUpperCase() } });
    expect(search!.list.rows.map((r) => r.unitId)).toEqual([units[5]!.unit.id]);
    expect(search!.list.rows[0]!.unit.total).toBe(second!.notReady.shown[0]!.unit.total);
  });

  it("shows a TPI only the units assigned to them in that period, and refuses an operator", async () => {
    const { f, claim, period } = await periodOfThree();
    const mine = await getPeriodDashboard({ db: db(), user: f.member, period, query: DEFAULT_UNIT_LIST_QUERY });
    expect(mine!.list.rows.map((r) => r.unitId)).toEqual([f.unit.id]);
    expect(mine!.unitCount).toBe(1);
    const outsider = await getPeriodDashboard({ db: db(), user: f.outsider, period, query: DEFAULT_UNIT_LIST_QUERY });
    expect(outsider).toMatchObject({ unitCount: 0, list: { rows: [] }, ready: { count: 0, shown: [] } });
    expect(await getPeriodDashboard({ db: db(), user: claim.user, period, query: DEFAULT_UNIT_LIST_QUERY })).toBeNull();
  });
});

describe("getUnitDashboard", () => {
  it("gives the unit's history across periods and the chosen year's top 10 gaps", async () => {
    const { f, period } = await periodOfThree();
    // The next year's LKE, not filled in yet: every question is a gap.
    const later = await db().period.create({ data: { year: period.year + 1, name: "Berikutnya", lkeVersionId: "pm90-2021", deadline: new Date(Date.now() + 86_400_000) } });
    await db().assessment.create({ data: { periodId: later.id, unitId: f.unit.id } });

    const latest = await getUnitDashboard({ db: db(), user: leader(f.admin.id), unitId: f.unit.id, year: null });
    expect(latest!.history.map((h) => h.period.year)).toEqual([period.year, period.year + 1]);
    expect(latest!.current).toMatchObject({ period: { year: period.year + 1 }, row: { state: "DRAFT", unit: { total: 0 } } });
    expect(latest!.current.row.gaps).toHaveLength(10);
    expect(latest!.history[0]!.row.tpi!.total).toBe(91.25);
    const chosen = await getUnitDashboard({ db: db(), user: leader(f.admin.id), unitId: f.unit.id, year: period.year });
    expect(chosen!.current.row.gaps.map((g) => g.code)).toEqual(["B.I.a.a"]);
  });

  it("lets an operator see only their own unit and a TPI only assigned periods", async () => {
    const { f, claim } = await periodOfThree();
    expect(await getUnitDashboard({ db: db(), user: f.operator, unitId: f.unit.id, year: null })).not.toBeNull();
    expect(await getUnitDashboard({ db: db(), user: claim.user, unitId: f.unit.id, year: null })).toBeNull();
    expect(await getUnitDashboard({ db: db(), user: f.outsider, unitId: f.unit.id, year: null })).toBeNull();
    expect((await getUnitDashboard({ db: db(), user: f.lead, unitId: f.unit.id, year: null }))!.unit.id).toBe(f.unit.id);
  });
});
