import { beforeEach, describe, expect, it } from "vitest";
import { Prisma } from "@/lib/db/generated/client";
import { getTestDb, resetDatabase } from "@/tests/support/db";
import { describeForProposal, type ProposalSetup } from "@/lib/eligibility/proposal-fixture";
import { NO_CONFIRMATIONS } from "@/lib/eligibility/stored";
import { finalizeAssessment } from "./finalize";
import { answerEverything, createTransitionFixture } from "./test-support";

beforeEach(resetDatabase);
const db = getTestDb;

async function stateOf(id: string) {
  const [assessment, events] = await Promise.all([
    db().assessment.findUniqueOrThrow({ where: { id }, select: { state: true, evaluation: true, finalizedAt: true, finalizedById: true } }),
    db().auditEvent.count({ where: { assessmentId: id } }),
  ]);
  return { assessment, events };
}

describe("finalizeAssessment", () => {
  it("stores the TPI's evaluated score: a weak anti-corruption survey fails Tabel 6 for both", async () => {
    const f = await createTransitionFixture(db(), { state: "SUBMITTED" });
    // Survey index 2 of 4: B.I.a = 17.5 × 2/4 = 8.75; B.I = 8.75 + 5 = 13.75; Hasil = 13.75 + 17.5
    // = 31.25; total = 60 + 31.25 = 91.25. Both targets fail on B.I (< 18.25) and B.I.a (< 15.75).
    await answerEverything(db(), f.assessment.id, { "B.I.a.a": 2 });
    await describeForProposal(db(), { unitId: f.unit.id, periodId: f.period.id, year: f.period.year, by: f.admin.id });
    const evaluation = await finalizeAssessment({ db: db(), user: f.lead, input: { assessmentId: f.assessment.id, confirmations: NO_CONFIRMATIONS } });
    expect(evaluation).toMatchObject({ total: 91.25, pengungkit: 60, hasil: 31.25, predicate: null, result: null });
    expect(evaluation.failingChecks.WBK.map((c) => c.rule)).toEqual(["bersihAkuntabelMin", "surveiAntiKorupsiMin"]);
    // The unit holds no WBK yet (empty register), so WBBM also misses Tabel 6's last row.
    expect(evaluation.failingChecks.WBBM.map((c) => c.rule)).toEqual(["bersihAkuntabelMin", "surveiAntiKorupsiMin", "requiresWbk"]);
    expect(evaluation.eligibility?.WBK).toMatchObject({ eligible: false, route: null, tabel6: ["bersihAkuntabelMin", "surveiAntiKorupsiMin"] });
    expect(evaluation.failingChecks.WBK[0]).toMatchObject({ actual: 13.75, required: 18.25 });
    expect((await stateOf(f.assessment.id)).assessment.state).toBe("FINAL");
    expect(await db().auditEvent.count({ where: { action: "assessment.finalize", assessmentId: f.assessment.id } })).toBe(1);
  });

  it("refuses while questions have no TPI value, listing them, and changes nothing", async () => {
    const f = await createTransitionFixture(db());
    await answerEverything(db(), f.assessment.id);
    await db().answer.updateMany({ where: { assessmentId: f.assessment.id, questionCode: { in: ["A.I.2.i.a", "B.II.a.a"] } }, data: { tpiValue: Prisma.DbNull } });
    const before = await stateOf(f.assessment.id);
    const input = { assessmentId: f.assessment.id, confirmations: NO_CONFIRMATIONS };
    await expect(finalizeAssessment({ db: db(), user: f.lead, input })).rejects.toThrow("2 pertanyaan belum diberi nilai TPI (A.I.2.i.a, B.II.a.a)");
    expect(await stateOf(f.assessment.id)).toEqual(before);
  });

  it("refuses a member who is not the ketua, an unassigned reviewer and the unit, changing nothing", async () => {
    const f = await createTransitionFixture(db());
    await answerEverything(db(), f.assessment.id);
    const before = await stateOf(f.assessment.id);
    const input = { assessmentId: f.assessment.id, confirmations: NO_CONFIRMATIONS };
    await expect(finalizeAssessment({ db: db(), user: f.member, input })).rejects.toThrow("Hanya ketua tim TPI unit ini");
    await expect(finalizeAssessment({ db: db(), user: f.outsider, input })).rejects.toThrow("Anda tidak ditugaskan mereviu unit ini");
    await expect(finalizeAssessment({ db: db(), user: f.operator, input })).rejects.toThrow("Hanya TPI yang ditugaskan");
    expect(await stateOf(f.assessment.id)).toEqual(before);
  });

  it("refuses from the wrong state", async () => {
    for (const [state, label] of [["DRAFT", "Draf"], ["RETURNED", "Dikembalikan untuk perbaikan"]] as const) {
      const f = await createTransitionFixture(db(), { state });
      await answerEverything(db(), f.assessment.id);
      const before = await stateOf(f.assessment.id);
      await expect(finalizeAssessment({ db: db(), user: f.lead, input: { assessmentId: f.assessment.id, confirmations: NO_CONFIRMATIONS } })).rejects.toThrow(
        `LKE berstatus ${label}; hanya LKE yang sedang direviu yang dapat difinalkan.`,
      );
      expect(await stateOf(f.assessment.id)).toEqual(before);
    }
  });

  // PermenPAN-RB 5/2024 Lampiran II Bab II A, pages 4–5: Tabel 5 from the portal's data; the
  // affirmation units of a Pemda may be proposed while it is still being met.
  describe("decides the proposal rule from the portal's data", () => {
    async function finalized(setup: ProposalSetup, confirmations = NO_CONFIRMATIONS) {
      const f = await createTransitionFixture(db());
      await answerEverything(db(), f.assessment.id);
      await describeForProposal(db(), { unitId: f.unit.id, periodId: f.period.id, year: f.period.year, by: f.admin.id, ...setup });
      const evaluation = await finalizeAssessment({ db: db(), user: f.lead, input: { assessmentId: f.assessment.id, confirmations } });
      return { f, evaluation };
    }

    it("every condition met: Menuju WBK by the reguler route; WBBM still needs a WBK held", async () => {
      const { evaluation } = await finalized({});
      expect(evaluation.result).toBe("WBK");
      expect(evaluation.eligibility?.WBK).toMatchObject({ eligible: true, route: "REGULER", lockedUntil: null });
      expect(evaluation.eligibility?.WBBM).toMatchObject({ eligible: false, tabel6: ["requiresWbk"] });
      expect(evaluation.eligibilityInputs).toMatchObject({ lhkpnLhkasn: "MET", instansi: { kind: "PEMDA", opiniBpk: "WTP", spipLevel: 3 } });
    });

    it("a PTSP unit with SPIP at level 2 is eligible through the affirmation route; a LAINNYA unit is not", async () => {
      const ptsp = await finalized({ instansi: { SPIP: "2" }, unit: { serviceCategory: "PTSP" } });
      expect(ptsp.evaluation.eligibility?.WBK).toMatchObject({ eligible: true, route: "AFIRMASI" });
      expect(ptsp.evaluation.eligibility?.WBK.conditions.find((c) => c.condition === "spip")).toMatchObject({ level: "INSTANSI", state: "UNMET" });
      const other = await finalized({ instansi: { SPIP: "2" } });
      expect(other.evaluation).toMatchObject({ result: null, eligibility: { WBK: { eligible: false, route: null } } });
    });

    it("data nobody entered is 'belum diisi', never met; the ketua may confirm what a person judges", async () => {
      const missing = await finalized({ unit: { coreService: null } });
      expect(missing.evaluation.eligibility?.WBK.conditions.find((c) => c.condition === "coreService")).toMatchObject({ state: "MISSING" });
      expect(missing.evaluation.result).toBeNull();
      const confirmed = await finalized({ unit: { coreService: null } }, { coreService: true, significantImpact: null });
      expect(confirmed.evaluation.result).toBe("WBK");
      expect(confirmed.evaluation.eligibilityInputs?.confirmations).toEqual({ coreService: true, significantImpact: null });
    });

    it("a Menuju WBK from evaluasi mandiri counts for WBBM (5/2024 Bab II B, page 7)", async () => {
      const f = await createTransitionFixture(db());
      await answerEverything(db(), f.assessment.id);
      await describeForProposal(db(), { unitId: f.unit.id, periodId: f.period.id, year: f.period.year, by: f.admin.id });
      await db().unitPredicate.create({ data: { unitId: f.unit.id, year: f.period.year - 1, predicate: "WBK", source: "MANDIRI", decreeNumber: "SK-1", decreeDate: new Date(`${f.period.year - 1}-12-10`), createdById: f.admin.id } });
      const evaluation = await finalizeAssessment({ db: db(), user: f.lead, input: { assessmentId: f.assessment.id, confirmations: NO_CONFIRMATIONS } });
      expect(evaluation).toMatchObject({ result: "WBBM", holdsWbk: true, eligibility: { WBBM: { eligible: true, route: "REGULER" } } });
    });

    it("a predicate revoked less than two years before the proposal day locks both targets, with the day (90/2021 pages 63–64)", async () => {
      const f = await createTransitionFixture(db());
      await answerEverything(db(), f.assessment.id);
      await describeForProposal(db(), { unitId: f.unit.id, periodId: f.period.id, year: f.period.year, by: f.admin.id });
      const y = f.period.year;
      await db().unitPredicate.create({ data: { unitId: f.unit.id, year: y - 2, predicate: "WBK", source: "TPN", decreeNumber: "SK-2", decreeDate: new Date(`${y - 2}-12-10`), revocationNumber: "SK-C", revokedOn: new Date(`${y - 1}-08-01`), createdById: f.admin.id } });
      const evaluation = await finalizeAssessment({ db: db(), user: f.lead, input: { assessmentId: f.assessment.id, confirmations: NO_CONFIRMATIONS } });
      expect(evaluation.result).toBeNull();
      expect(evaluation.eligibility?.WBK).toMatchObject({ eligible: false, lockedUntil: `${y + 1}-08-01` });
      expect(evaluation.eligibility?.WBBM.lockedUntil).toBe(`${y + 1}-08-01`);
    });

    it("keeps the inputs it was decided on: later changes to the unit's data leave the stored result as it was", async () => {
      const { f, evaluation } = await finalized({ unit: { serviceCategory: "RSUD" } });
      await db().unit.update({ where: { id: f.unit.id }, data: { serviceCategory: "LAINNYA", coreService: false } });
      const stored = await db().assessment.findUniqueOrThrow({ where: { id: f.assessment.id }, select: { evaluation: true } });
      expect(stored.evaluation).toMatchObject({ result: "WBK", eligibilityInputs: { unit: { serviceCategory: "RSUD", coreService: true } } });
      expect(evaluation.eligibilityInputs?.unit.serviceCategory).toBe("RSUD");
    });
  });
});
