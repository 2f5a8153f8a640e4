import { beforeEach, describe, expect, it } from "vitest";
import { saveUnitAnswer } from "@/lib/assessment/save-answer";
import { submitAssessment } from "@/lib/assessment/submit";
import { getTestDb, resetDatabase } from "@/tests/support/db";
import { finalizeAssessment } from "./finalize";
import { reopenAssessment } from "./reopen";
import { returnAssessment } from "./return";
import { listRoundChanges } from "./round-changes";
import { describeForProposal } from "@/lib/eligibility/proposal-fixture";
import { NO_CONFIRMATIONS } from "@/lib/eligibility/stored";
import { answerEverything, createTransitionFixture } from "./test-support";

beforeEach(resetDatabase);
const db = getTestDb;
const Q = "A.I.1.i.a";
const where = (assessmentId: string) => ({ assessmentId_questionCode: { assessmentId, questionCode: Q } });

describe("return → revise → resubmit → finalize → reopen", () => {
  it("runs the whole cycle and stores the evaluated score of the TPI's values", async () => {
    const f = await createTransitionFixture(db());
    const id = f.assessment.id;
    // The TPI finds the unit's "Ya" unsupported: values it "Tidak" and flags it.
    await answerEverything(db(), id, { [Q]: "TIDAK" });
    await db().answer.update({ where: where(id), data: { tpiFlag: true, tpiNote: "Lampirkan SK Tim ZI yang ditandatangani" } });
    await returnAssessment({ db: db(), user: f.member, assessmentId: id });

    const version = (await db().answer.findUniqueOrThrow({ where: where(id) })).version;
    const saved = await saveUnitAnswer({ db: db(), user: f.operator, input: { assessmentId: id, questionCode: Q, value: "YA", note: "SK Bupati 12/2100 terlampir", expectedVersion: version } });
    expect(saved.status).toBe("saved");
    expect(await submitAssessment({ db: db(), user: f.operator, assessmentId: id })).toEqual({ alreadySubmitted: false });
    const resubmitted = await db().assessment.findUniqueOrThrow({ where: { id } });
    expect([resubmitted.state, resubmitted.round]).toEqual(["SUBMITTED", 2]);
    expect(await db().auditEvent.findFirstOrThrow({ where: { action: "assessment.submit", assessmentId: id } })).toMatchObject({ before: { state: "RETURNED", round: 1 }, after: { state: "SUBMITTED", round: 2 } });

    expect(await listRoundChanges({ db: db(), assessmentId: id })).toEqual([
      { questionCode: Q, tpiNote: "Lampirkan SK Tim ZI yang ditandatangani", before: { value: "TIDAK", note: null }, after: { value: "YA", note: "SK Bupati 12/2100 terlampir" }, changed: true, evidence: { added: [], removed: [] } },
    ]);

    // The TPI accepts the revision; every question now has a TPI value, all of them the best one.
    await db().answer.update({ where: where(id), data: { tpiValue: "YA", tpiFlag: false } });
    await describeForProposal(db(), { unitId: f.unit.id, periodId: f.period.id, year: f.period.year, by: f.admin.id, unit: { sakipInternal: "B" } });
    const evaluation = await finalizeAssessment({ db: db(), user: f.lead, input: { assessmentId: id, confirmations: NO_CONFIRMATIONS } });

    // Best answers everywhere: every indicator scores its full weight, so the total is the LKE's
    // 100 (Pengungkit 60 + Hasil 40) and every area 100%. Tabel 6 holds for WBK; for WBBM only
    // "already holds WBK" fails (empty register), and the unit's internal SAKIP is B, not BB: the
    // result is WBK by the reguler route.
    const expected = {
      total: 100,
      pengungkit: 60,
      hasil: 40,
      areas: { MP: 100, TL: 100, SDM: 100, AK: 100, PW: 100, PP: 100 },
      predicate: "WBK",
      result: "WBK",
      holdsWbk: false,
      failingChecks: { WBK: [], WBBM: [expect.objectContaining({ rule: "requiresWbk", actual: false, required: true })] },
      eligibility: {
        WBK: expect.objectContaining({ eligible: true, route: "REGULER", tabel6: [] }),
        WBBM: expect.objectContaining({ eligible: false, route: null, tabel6: ["requiresWbk"] }),
      },
      eligibilityInputs: expect.objectContaining({ lhkpnLhkasn: "MET" }),
    };
    expect(evaluation).toEqual(expected);
    expect(evaluation.eligibility?.WBBM.conditions.filter((c) => c.state !== "MET").map((c) => c.condition)).toEqual(["sakipInternal"]);
    const final = await db().assessment.findUniqueOrThrow({ where: { id } });
    expect(final).toMatchObject({ state: "FINAL", finalizedById: f.lead.id, evaluation: expected, prerequisites: null });
    expect(final.finalizedAt).toBeInstanceOf(Date);

    await reopenAssessment({ db: db(), user: f.admin, input: { assessmentId: id, reason: "Temuan baru dari Inspektorat atas SK Tim ZI" } });
    const reopened = await db().assessment.findUniqueOrThrow({ where: { id } });
    expect(reopened).toMatchObject({ state: "IN_REVIEW", round: 2, evaluation: expected, finalizedById: f.lead.id });
    expect(await db().auditEvent.findMany({ where: { assessmentId: id, action: { startsWith: "assessment." } }, orderBy: { id: "asc" }, select: { action: true } })).toEqual(
      ["assessment.return", "assessment.submit", "assessment.finalize", "assessment.reopen"].map((action) => ({ action })),
    );
    expect(await db().auditEvent.findFirstOrThrow({ where: { action: "assessment.reopen", assessmentId: id } })).toMatchObject({ actorId: f.admin.id, after: { reason: "Temuan baru dari Inspektorat atas SK Tim ZI" } });
  });

  it("reopen: only ADMIN, only from FINAL", async () => {
    const f = await createTransitionFixture(db());
    const input = { assessmentId: f.assessment.id, reason: "Alasan yang cukup panjang" };
    await expect(reopenAssessment({ db: db(), user: f.lead, input })).rejects.toThrow("Hanya admin");
    await expect(reopenAssessment({ db: db(), user: f.admin, input })).rejects.toThrow("LKE berstatus Direviu TPI; hanya LKE yang sudah final yang dapat dibuka kembali.");
    expect((await db().assessment.findUniqueOrThrow({ where: { id: f.assessment.id } })).state).toBe("IN_REVIEW");
    expect(await db().auditEvent.count({ where: { assessmentId: f.assessment.id } })).toBe(0);
  });
});
