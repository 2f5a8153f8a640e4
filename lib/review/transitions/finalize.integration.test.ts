import { beforeEach, describe, expect, it } from "vitest";
import { Prisma } from "@/lib/db/generated/client";
import { getTestDb, resetDatabase } from "@/tests/support/db";
import { finalizeAssessment } from "./finalize";
import { ALL_MET, answerEverything, createTransitionFixture } from "./test-support";

beforeEach(resetDatabase);
const db = getTestDb;

async function stateOf(id: string) {
  const [assessment, events] = await Promise.all([
    db().assessment.findUniqueOrThrow({ where: { id }, select: { state: true, evaluation: true, prerequisites: true, finalizedAt: true, finalizedById: true } }),
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
    const evaluation = await finalizeAssessment({ db: db(), user: f.lead, input: { assessmentId: f.assessment.id, holdsWbk: true, prerequisites: { ...ALL_MET, lhkpnLhkasn: false } } });
    expect(evaluation).toMatchObject({ total: 91.25, pengungkit: 60, hasil: 31.25, predicate: null, result: null });
    for (const target of ["WBK", "WBBM"] as const) {
      expect(evaluation.failingChecks[target].map((c) => c.rule)).toEqual(["bersihAkuntabelMin", "surveiAntiKorupsiMin"]);
      expect(evaluation.unmetPrerequisites[target]).toEqual(["lhkpnLhkasn"]);
    }
    expect(evaluation.failingChecks.WBK[0]).toMatchObject({ actual: 13.75, required: 18.25 });
    expect((await stateOf(f.assessment.id)).assessment.state).toBe("FINAL");
    expect(await db().auditEvent.count({ where: { action: "assessment.finalize", assessmentId: f.assessment.id } })).toBe(1);
  });

  it("refuses while questions have no TPI value, listing them, and changes nothing", async () => {
    const f = await createTransitionFixture(db());
    await answerEverything(db(), f.assessment.id);
    await db().answer.updateMany({ where: { assessmentId: f.assessment.id, questionCode: { in: ["A.I.2.i.a", "B.II.a.a"] } }, data: { tpiValue: Prisma.DbNull } });
    const before = await stateOf(f.assessment.id);
    const input = { assessmentId: f.assessment.id, holdsWbk: false, prerequisites: ALL_MET };
    await expect(finalizeAssessment({ db: db(), user: f.lead, input })).rejects.toThrow("2 pertanyaan belum diberi nilai TPI (A.I.2.i.a, B.II.a.a)");
    expect(await stateOf(f.assessment.id)).toEqual(before);
  });

  it("refuses a member who is not the ketua, an unassigned reviewer and the unit, changing nothing", async () => {
    const f = await createTransitionFixture(db());
    await answerEverything(db(), f.assessment.id);
    const before = await stateOf(f.assessment.id);
    const input = { assessmentId: f.assessment.id, holdsWbk: false, prerequisites: ALL_MET };
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
      await expect(finalizeAssessment({ db: db(), user: f.lead, input: { assessmentId: f.assessment.id, holdsWbk: false, prerequisites: ALL_MET } })).rejects.toThrow(
        `LKE berstatus ${label}; hanya LKE yang sedang direviu yang dapat difinalkan.`,
      );
      expect(await stateOf(f.assessment.id)).toEqual(before);
    }
  });
});
