import { beforeEach, describe, expect, it, vi } from "vitest";
import { auditTrail } from "@/lib/admin/test-support";
import { getSessionUser } from "@/lib/auth/session";
import type { Role } from "@/lib/db/generated/enums";
import { revokeUnitPredicate } from "@/lib/unit-facts/predicate-mutations";
import { getTestDb, resetDatabase } from "@/tests/support/db";
import { approveProposalRoundAction, deselectProposalUnitAction, recordMonitoringAction, recordTpnStageAction, saveProposalRoundAction, selectProposalUnitAction } from "./actions";
import { createProposalFixture, INELIGIBLE, thisYear, todayWib } from "./test-fixture";

// The proposal to TPN as the browser calls it (issue 14): createAction's session and role check,
// zod, the mutation and its audit event, against the real PostgreSQL. Every refusal of the
// issue's "Bad input" leaves the database as it was.
vi.mock("@/lib/auth/session", () => ({ getSessionUser: vi.fn() }));
vi.mock("@/lib/db/prisma", () => ({ getDb: () => getTestDb() }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

const db = () => getTestDb();
let f: Awaited<ReturnType<typeof createProposalFixture>>;
const as = (role: Role) => vi.mocked(getSessionUser).mockResolvedValue(f.users[role]);

/** Everything the proposal may write: compared before and after a refusal. */
async function state() {
  const [rounds, units, stages, predicates, monitorings, events] = await Promise.all([
    db().proposalRound.findMany(),
    db().proposedUnit.findMany({ orderBy: { selectedAt: "asc" } }),
    db().tpnStage.findMany({ orderBy: { createdAt: "asc" } }),
    db().unitPredicate.findMany({ orderBy: { createdAt: "asc" } }),
    db().predicateMonitoring.findMany(),
    db().auditEvent.count(),
  ]);
  return JSON.stringify({ rounds, units, stages, predicates, monitorings, events });
}

async function refusedUnchanged(run: () => Promise<unknown>) {
  const before = await state();
  const result = await run();
  expect(result).toMatchObject({ ok: false });
  expect(await state()).toBe(before);
  return result as { ok: false; error: string; fieldErrors?: Record<string, string[]> };
}

async function round(quota: number | string = "") {
  as("ADMIN");
  const result = await saveProposalRoundAction({ periodId: f.period.id, quota, letterNumber: "800/123-Org/2026", signerName: "Bupati Uji", signerNip: "" });
  if (!result.ok) throw new Error(result.error);
  return result.data.id;
}

beforeEach(async () => {
  await resetDatabase();
  f = await createProposalFixture(db());
});

describe("the round and the selection", () => {
  it("selects an eligible FINAL unit with the route its evaluation stored, audited", async () => {
    const roundId = await round();
    const unit = await f.unit();
    const result = await selectProposalUnitAction({ roundId, unitId: unit.id, target: "WBK" });
    expect(result).toMatchObject({ ok: true, data: { name: unit.name } });
    expect(await db().proposedUnit.findMany()).toMatchObject([{ unitId: unit.id, assessmentId: unit.assessmentId, target: "WBK", route: "REGULER", selectedById: f.users.ADMIN.id }]);
    expect((await auditTrail()).map((e) => e.action)).toEqual(["proposal.create_round", "proposal.select_unit"]);
  });

  it("refuses a unit not finalized and a unit the TPI found not eligible, each with the reason, and changes nothing", async () => {
    const roundId = await round();
    const reviewing = await f.unit({ state: "IN_REVIEW" });
    const failing = await f.unit({ eligibility: INELIGIBLE });
    const notFinal = await refusedUnchanged(() => selectProposalUnitAction({ roundId, unitId: reviewing.id, target: "WBK" }));
    expect(notFinal.error).toBe(`${reviewing.name} belum difinalkan TPI; hanya hasil evaluasi FINAL yang dapat diusulkan.`);
    const notEligible = await refusedUnchanged(() => selectProposalUnitAction({ roundId, unitId: failing.id, target: "WBK" }));
    expect(notEligible.error).toContain(`${failing.name} tidak memenuhi syarat usulan Menuju WBK: Menuju WBK: Tabel 6 — `);
  });

  it("keeps the quota: one more unit is refused, and the quota cannot go below the units selected", async () => {
    const roundId = await round(1);
    const [a, b] = [await f.unit(), await f.unit()];
    expect((await selectProposalUnitAction({ roundId, unitId: a.id, target: "WBK" })).ok).toBe(true);
    const over = await refusedUnchanged(() => selectProposalUnitAction({ roundId, unitId: b.id, target: "WBBM" }));
    expect(over.error).toBe("Kuota usulan 1 unit sudah terpenuhi; keluarkan unit lain lebih dulu atau ubah kuota.");
    expect((await saveProposalRoundAction({ periodId: f.period.id, quota: 2, letterNumber: "", signerName: "", signerNip: "" })).ok).toBe(true);
    expect((await selectProposalUnitAction({ roundId, unitId: b.id, target: "WBBM" })).ok).toBe(true);
    const lower = await refusedUnchanged(() => saveProposalRoundAction({ periodId: f.period.id, quota: 1, letterNumber: "", signerName: "", signerNip: "" }));
    expect(lower.error).toContain("Sudah 2 unit dipilih");
    expect((await deselectProposalUnitAction({ roundId, unitId: b.id })).ok).toBe(true);
    expect(await db().proposedUnit.count()).toBe(1);
  });

  it("lets only one of two admins selecting at the same moment take the last place of the quota", async () => {
    const roundId = await round(1);
    const [a, b] = [await f.unit(), await f.unit()];
    const results = await Promise.all([selectProposalUnitAction({ roundId, unitId: a.id, target: "WBK" }), selectProposalUnitAction({ roundId, unitId: b.id, target: "WBK" })]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toMatchObject({ error: "Kuota usulan 1 unit sudah terpenuhi; keluarkan unit lain lebih dulu atau ubah kuota." });
    expect(await db().proposedUnit.count()).toBe(1);
  });

  it.each(["OPERATOR", "TPI", "PIMPINAN"] as const)("refuses selection by %s", async (role) => {
    const roundId = await round();
    const unit = await f.unit();
    as(role);
    const refused = await refusedUnchanged(() => selectProposalUnitAction({ roundId, unitId: unit.id, target: "WBK" }));
    expect(refused.error).toBe("Anda tidak berwenang melakukan tindakan ini.");
  });
});

describe("approval by PIMPINAN", () => {
  async function selected() {
    const roundId = await round();
    const unit = await f.unit();
    expect((await selectProposalUnitAction({ roundId, unitId: unit.id, target: "WBK" })).ok).toBe(true);
    return { roundId, unit };
  }

  it("approves before the deadline, not late; the list is then closed", async () => {
    const { roundId, unit } = await selected();
    as("ADMIN");
    expect(await approveProposalRoundAction({ roundId, lateReason: "" })).toMatchObject({ ok: false, error: "Anda tidak berwenang melakukan tindakan ini." });
    as("PIMPINAN");
    expect(await approveProposalRoundAction({ roundId, lateReason: "" })).toEqual({ ok: true, data: { id: roundId, late: false } });
    expect(await db().proposalRound.findUniqueOrThrow({ where: { id: roundId } })).toMatchObject({ status: "APPROVED", late: false, lateReason: null, approvedById: f.users.PIMPINAN.id });
    as("ADMIN");
    const closed = await refusedUnchanged(() => deselectProposalUnitAction({ roundId, unitId: unit.id }));
    expect(closed.error).toBe("Usulan ini sudah disetujui pimpinan; daftar unitnya tidak dapat diubah lagi.");
  });

  it("is blocked, saying why, when a selected unit's predicate was revoked since selection", async () => {
    const { roundId, unit } = await selected();
    const old = await db().unitPredicate.create({ data: { unitId: unit.id, year: thisYear() - 2, predicate: "WBK", source: "TPN", decreeNumber: "KEP/LAMA", decreeDate: new Date(`${thisYear() - 2}-12-01T00:00:00Z`), createdById: f.users.ADMIN.id } });
    await revokeUnitPredicate({ db: db(), actorId: f.users.ADMIN.id, input: { predicateId: old.id, revocationNumber: "KEP/CABUT/1", revokedOn: todayWib() } });
    as("PIMPINAN");
    const blocked = await refusedUnchanged(() => approveProposalRoundAction({ roundId, lateReason: "" }));
    expect(blocked.error).toContain(`Usulan belum dapat disetujui: Sejak dipilih, ${unit.name}: predikatnya dicabut; tidak dapat diusulkan sebelum`);
  });

  it("is blocked when a selected unit's evaluation was reopened since selection", async () => {
    const { roundId, unit } = await selected();
    await db().assessment.update({ where: { id: unit.assessmentId }, data: { state: "IN_REVIEW" } });
    as("PIMPINAN");
    const blocked = await refusedUnchanged(() => approveProposalRoundAction({ roundId, lateReason: "" }));
    expect(blocked.error).toBe(`Usulan belum dapat disetujui: Sejak dipilih, ${unit.name} belum difinalkan TPI; hanya hasil evaluasi FINAL yang dapat diusulkan.`);
  });

  it("refuses an empty round", async () => {
    const roundId = await round();
    as("PIMPINAN");
    expect((await refusedUnchanged(() => approveProposalRoundAction({ roundId, lateReason: "" }))).error).toBe("Usulan belum dapat disetujui: Belum ada unit yang dipilih untuk diusulkan.");
  });

  it("after the deadline: refused without a reason, approved and marked late with one", async () => {
    await db().period.update({ where: { id: f.period.id }, data: { proposalDeadline: new Date(`${thisYear()}-01-01T00:00:00Z`) } });
    const { roundId } = await selected();
    as("PIMPINAN");
    const refused = await refusedUnchanged(() => approveProposalRoundAction({ roundId, lateReason: "" }));
    expect(refused).toMatchObject({ error: expect.stringContaining("sudah lewat; usulan terlambat hanya dapat disetujui dengan alasan"), fieldErrors: { lateReason: ["Isi alasan keterlambatan"] } });
    const reason = "TPN memperpanjang penerimaan usulan untuk Pemda";
    expect(await approveProposalRoundAction({ roundId, lateReason: reason })).toMatchObject({ ok: true, data: { late: true } });
    expect(await db().proposalRound.findUniqueOrThrow({ where: { id: roundId } })).toMatchObject({ late: true, lateReason: reason });
    expect((await auditTrail()).at(-1)).toMatchObject({ action: "proposal.approve_round", after: { late: true, lateReason: reason } });
  });
});

describe("TPN stages and the decree", () => {
  const today = () => todayWib();
  const stage = (roundId: string, unitId: string, kind: string, extra: Record<string, unknown> = {}) =>
    recordTpnStageAction({ roundId, unitId, kind, date: today(), result: "LULUS", notes: "", followUpDeadline: "", documentNumber: "", ...extra });

  async function approved() {
    const roundId = await round();
    const unit = await f.unit();
    const other = await f.unit();
    expect((await selectProposalUnitAction({ roundId, unitId: unit.id, target: "WBK" })).ok).toBe(true);
    as("PIMPINAN");
    expect((await approveProposalRoundAction({ roundId, lateReason: "" })).ok).toBe(true);
    as("ADMIN");
    return { roundId, unit, other };
  }

  it("records every stage in order and the decree writes the predicate (source TPN) into the register", async () => {
    const { roundId, unit } = await approved();
    const follow = await stage(roundId, unit.id, "SELEKSI_ADMINISTRASI", { result: "LULUS_DENGAN_CATATAN", notes: "Lengkapi SK tim ZI" });
    expect(follow).toMatchObject({ ok: false, fieldErrors: { followUpDeadline: ["Isi batas waktu tindak lanjut catatan seleksi administrasi"] } });
    expect((await stage(roundId, unit.id, "SELEKSI_ADMINISTRASI", { result: "LULUS_DENGAN_CATATAN", notes: "Lengkapi SK tim ZI", followUpDeadline: today() })).ok).toBe(true);
    for (const kind of ["PRA_EVALUASI", "DESK_EVALUASI", "EVALUASI_LAPANGAN", "PANEL"]) expect((await stage(roundId, unit.id, kind)).ok).toBe(true);
    const decree = await stage(roundId, unit.id, "KEPUTUSAN", { documentNumber: `KEP-MENPANRB/${thisYear()}/99` });
    expect(decree).toMatchObject({ ok: true });
    const predicates = await db().unitPredicate.findMany({ where: { unitId: unit.id } });
    expect(predicates).toMatchObject([{ year: thisYear(), predicate: "WBK", source: "TPN", decreeNumber: `KEP-MENPANRB/${thisYear()}/99`, revokedOn: null }]);
    expect(predicates[0]!.proposedUnitId).not.toBeNull();
    expect((await auditTrail()).slice(-2).map((e) => e.action)).toEqual(["proposal.record_stage", "unit.add_predicate"]);
  });

  it("refuses a stage out of order, a stage twice, and anything after a failed stage", async () => {
    const { roundId, unit } = await approved();
    expect((await refusedUnchanged(() => stage(roundId, unit.id, "DESK_EVALUASI"))).error).toBe("Catat tahap pra-evaluasi lebih dulu.");
    expect((await stage(roundId, unit.id, "SELEKSI_ADMINISTRASI")).ok).toBe(true);
    expect((await refusedUnchanged(() => stage(roundId, unit.id, "SELEKSI_ADMINISTRASI"))).error).toBe("Tahap seleksi administrasi sudah dicatat untuk unit ini.");
    expect((await stage(roundId, unit.id, "PRA_EVALUASI", { result: "TIDAK_LULUS", notes: "Nilai hasil di bawah ambang" })).ok).toBe(true);
    expect((await refusedUnchanged(() => stage(roundId, unit.id, "DESK_EVALUASI"))).error).toBe("Unit ini tidak lulus pra-evaluasi; tahap berikutnya tidak dapat dicatat.");
  });

  it("refuses a decree for a unit that was not proposed, and any stage before approval", async () => {
    const { roundId, other } = await approved();
    const refused = await refusedUnchanged(() => stage(roundId, other.id, "KEPUTUSAN", { documentNumber: "KEP/1" }));
    expect(refused.error).toBe("Keputusan Menteri tidak dapat dicatat: unit ini tidak termasuk usulan ke TPN yang sudah disetujui pada periode ini.");
    expect(await db().unitPredicate.count({ where: { unitId: other.id } })).toBe(0);
  });

  it("refuses a stage before the approval is given", async () => {
    const roundId = await round();
    const unit = await f.unit();
    expect((await selectProposalUnitAction({ roundId, unitId: unit.id, target: "WBK" })).ok).toBe(true);
    expect((await refusedUnchanged(() => stage(roundId, unit.id, "SELEKSI_ADMINISTRASI"))).error).toContain("tidak termasuk usulan ke TPN yang sudah disetujui");
  });

  it("refuses a stage recorded by PIMPINAN", async () => {
    const { roundId, unit } = await approved();
    as("PIMPINAN");
    expect((await refusedUnchanged(() => stage(roundId, unit.id, "SELEKSI_ADMINISTRASI"))).error).toBe("Anda tidak berwenang melakukan tindakan ini.");
  });
});

describe("monitoring of a predicate holder", () => {
  it("records the TPI's report, refuses one dated before the decree, and none once revoked", async () => {
    const unit = await f.unit();
    const predicate = await db().unitPredicate.create({ data: { unitId: unit.id, year: thisYear() - 2, predicate: "WBK", source: "TPN", decreeNumber: "KEP/2", decreeDate: new Date(`${thisYear() - 2}-12-01T00:00:00Z`), createdById: f.users.ADMIN.id } });
    as("ADMIN");
    const report = { predicateId: predicate.id, monitoredOn: todayWib(), score: "82,5", conclusion: "MASIH_MEMENUHI", notes: "Pelayanan dan integritas tetap terjaga", reportNumber: "700/55-Insp" };
    expect(await recordMonitoringAction(report)).toMatchObject({ ok: true });
    expect(await db().predicateMonitoring.findFirstOrThrow()).toMatchObject({ conclusion: "MASIH_MEMENUHI", reportNumber: "700/55-Insp" });
    const early = await refusedUnchanged(() => recordMonitoringAction({ ...report, monitoredOn: `${thisYear() - 2}-11-01` }));
    expect(early.fieldErrors).toEqual({ monitoredOn: [`Tanggal monitoring tidak boleh sebelum tanggal keputusan predikat (1 Desember ${thisYear() - 2})`] });
    await revokeUnitPredicate({ db: db(), actorId: f.users.ADMIN.id, input: { predicateId: predicate.id, revocationNumber: "KEP/CABUT/2", revokedOn: todayWib() } });
    expect((await refusedUnchanged(() => recordMonitoringAction(report))).error).toContain("sudah dicabut");
  });
});
