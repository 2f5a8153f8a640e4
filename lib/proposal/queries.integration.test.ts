import { beforeEach, describe, expect, it, vi } from "vitest";
import { getSessionUser } from "@/lib/auth/session";
import { getTestDb, resetDatabase } from "@/tests/support/db";
import { saveProposalRoundAction, selectProposalUnitAction } from "./actions";
import { listMonitoringDue } from "./monitoring-queries";
import { getProposalCountdown, getProposalOverview, getUnitProposal } from "./queries";
import { createProposalFixture, INELIGIBLE, thisYear, todayWib } from "./test-fixture";

// What the proposal pages read: the candidates with why not, the countdown, the unit's line and
// the predicate holders' next monitoring.
vi.mock("@/lib/auth/session", () => ({ getSessionUser: vi.fn() }));
vi.mock("@/lib/db/prisma", () => ({ getDb: () => getTestDb() }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

const db = () => getTestDb();
let f: Awaited<ReturnType<typeof createProposalFixture>>;

beforeEach(async () => {
  await resetDatabase();
  f = await createProposalFixture(db(), { deadline: `${thisYear()}-12-31` });
  vi.mocked(getSessionUser).mockResolvedValue(f.users.ADMIN);
});

describe("proposal queries", () => {
  it("lists the units not yet selected with a reason per target, and the selected ones with their route", async () => {
    const saved = await saveProposalRoundAction({ periodId: f.period.id, quota: "", letterNumber: "", signerName: "", signerNip: "" });
    if (!saved.ok) throw new Error(saved.error);
    const [good, weak, picked] = [await f.unit(), await f.unit({ eligibility: INELIGIBLE }), await f.unit()];
    expect((await selectProposalUnitAction({ roundId: saved.data.id, unitId: picked.id, target: "WBBM" })).ok).toBe(true);
    const overview = (await getProposalOverview({ db: db(), periodId: f.period.id, today: `${thisYear()}-12-01` }))!;
    expect(overview).toMatchObject({ deadline: `${thisYear()}-12-31`, daysLeft: 30, round: { status: "DRAFT", units: [{ unitId: picked.id, target: "WBBM", route: "REGULER", stages: [] }] } });
    const byUnit = new Map(overview.candidates.map((c) => [c.unitId, c]));
    expect(byUnit.has(picked.id)).toBe(false);
    expect(byUnit.get(good.id)!.targets).toEqual([
      { target: "WBK", ok: true, text: "Menuju WBK: Memenuhi syarat usulan (jalur reguler)" },
      { target: "WBBM", ok: true, text: "Menuju WBBM: Memenuhi syarat usulan (jalur reguler)" },
    ]);
    expect(byUnit.get(weak.id)!.targets.map((t) => t.ok)).toEqual([false, false]);
    expect(await getProposalCountdown({ db: db(), periodId: f.period.id, today: `${thisYear()}-12-01` })).toMatchObject({ daysLeft: 30, status: "DRAFT", units: 1, late: false });
    expect(await getUnitProposal({ db: db(), unitId: picked.id, periodId: f.period.id })).toMatchObject({ target: "WBBM", status: "DRAFT", stages: [] });
    expect(await getUnitProposal({ db: db(), unitId: good.id, periodId: f.period.id })).toBeNull();
  });

  it("puts the next monitoring two years after the decree or the latest report, and leaves revoked predicates out", async () => {
    const unit = await f.unit();
    const held = await db().unitPredicate.create({ data: { unitId: unit.id, year: 2020, predicate: "WBK", source: "TPN", decreeNumber: "KEP/A", decreeDate: new Date("2020-12-10T00:00:00Z"), createdById: f.users.ADMIN.id } });
    await db().unitPredicate.create({ data: { unitId: unit.id, year: 2021, predicate: "WBBM", source: "TPN", decreeNumber: "KEP/B", decreeDate: new Date("2021-12-10T00:00:00Z"), revocationNumber: "KEP/C", revokedOn: new Date("2022-03-01T00:00:00Z"), createdById: f.users.ADMIN.id } });
    await db().predicateMonitoring.create({ data: { predicateId: held.id, monitoredOn: new Date("2023-01-15T00:00:00Z"), conclusion: "MASIH_MEMENUHI", notes: "Baik", reportNumber: "700/1", recordedById: f.users.ADMIN.id } });
    const due = await listMonitoringDue({ db: db(), today: todayWib() });
    expect(due).toMatchObject([{ predicateId: held.id, lastMonitoredOn: "2023-01-15", due: "2025-01-15", overdue: todayWib() > "2025-01-15", reports: [{ monitoredOn: "2023-01-15", conclusion: "MASIH_MEMENUHI" }] }]);
  });
});
