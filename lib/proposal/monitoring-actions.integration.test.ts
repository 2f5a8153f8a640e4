import { beforeEach, describe, expect, it, vi } from "vitest";
import { getSessionUser } from "@/lib/auth/session";
import { dateInZone } from "@/lib/instansi/time-zone";
import { createTransitionFixture } from "@/lib/review/transitions/test-support";
import { getTestDb, resetDatabase } from "@/tests/support/db";
import { completeMonitoringReportAction, openMonitoringAssessmentAction } from "./actions";

// The monitoring actions check the session and the role on the server: only ADMIN opens a
// monitoring assessment or completes its report letter; bad input gets a message, never a throw.
vi.mock("@/lib/auth/session", () => ({ getSessionUser: vi.fn() }));
vi.mock("@/lib/db/prisma", () => ({ getDb: () => getTestDb() }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

beforeEach(resetDatabase);
const db = getTestDb;

async function setup() {
  const year = Number(dateInZone(new Date(), "WIB").slice(0, 4));
  const f = await createTransitionFixture(db(), { state: "DRAFT", year });
  const held = await db().unitPredicate.create({
    data: { unitId: f.unit.id, year: year - 2, predicate: "WBK", source: "TPN", decreeNumber: "KEP/ZI-1", decreeDate: new Date(`${year - 2}-12-10T00:00:00Z`), createdById: f.admin.id },
  });
  return { ...f, held };
}

describe("monitoring actions", () => {
  it("refuse every role but ADMIN, and a visitor without a session, changing nothing", async () => {
    const f = await setup();
    const monitoring = await db().predicateMonitoring.create({ data: { predicateId: f.held.id, monitoredOn: new Date(), conclusion: "MASIH_MEMENUHI", notes: "Catatan awal monitoring.", recordedById: f.admin.id } });
    for (const user of [f.operator, f.lead, { ...f.admin, role: "PIMPINAN" as const }, null]) {
      vi.mocked(getSessionUser).mockResolvedValue(user);
      const opened = await openMonitoringAssessmentAction({ predicateId: f.held.id, periodId: f.period.id });
      const completed = await completeMonitoringReportAction({ monitoringId: monitoring.id, reportNumber: "700/1", monitoredOn: dateInZone(new Date(), "WIB"), notes: "Catatan yang cukup panjang." });
      expect(opened.ok, user?.role ?? "tanpa sesi").toBe(false);
      expect(completed.ok, user?.role ?? "tanpa sesi").toBe(false);
    }
    expect(await db().assessment.findUniqueOrThrow({ where: { id: f.assessment.id } })).toMatchObject({ monitoredPredicateId: null });
    expect(await db().predicateMonitoring.findUniqueOrThrow({ where: { id: monitoring.id } })).toMatchObject({ reportNumber: null, notes: "Catatan awal monitoring." });
  });

  it("let ADMIN open it, and answer malformed input with a message in Bahasa Indonesia", async () => {
    const f = await setup();
    vi.mocked(getSessionUser).mockResolvedValue(f.admin);
    expect(await openMonitoringAssessmentAction({ predicateId: f.held.id, periodId: "" })).toMatchObject({ ok: false, fieldErrors: { periodId: ["Pilih periode evaluasi yang masih terbuka"] } });
    expect(await openMonitoringAssessmentAction({ predicateId: f.held.id, periodId: f.period.id })).toEqual({ ok: true, data: expect.objectContaining({ assessmentId: f.assessment.id, outcome: "linked" }) });
  });
});
