import { beforeEach, describe, expect, it } from "vitest";
import { saveUnitAnswer } from "@/lib/assessment/save-answer";
import { submitAssessment } from "@/lib/assessment/submit";
import { createEvidenceLink, deleteEvidence } from "@/lib/evidence/mutations";
import { getTestDb, resetDatabase } from "@/tests/support/db";
import { returnAssessment } from "./return";
import { listRoundChanges } from "./round-changes";
import { answerEverything, createTransitionFixture } from "./test-support";

beforeEach(resetDatabase);
const db = getTestDb;
const RETURNED = "A.I.1.i.a";
const key = (assessmentId: string, questionCode: string) => ({ assessmentId_questionCode: { assessmentId, questionCode } });

describe("listRoundChanges: bukti dukung of the returned questions (issue 12)", () => {
  it("shows what the unit added and removed since the return, not what it added and took back", async () => {
    const f = await createTransitionFixture(db());
    const id = f.assessment.id;
    await answerEverything(db(), id);
    const old = await db().evidence.create({ data: { assessmentId: id, questionCode: RETURNED, kind: "LINK", url: "https://serangkab.go.id/sk-lama", uploadedById: f.operator.id } });
    await db().answer.update({ where: key(id, RETURNED), data: { tpiFlag: true, tpiNote: "SK belum ditandatangani" } });
    await returnAssessment({ db: db(), user: f.lead, assessmentId: id });

    await createEvidenceLink({ db: db(), user: f.operator, input: { assessmentId: id, questionCode: RETURNED, url: "https://serangkab.go.id/sk-baru" } });
    const mistaken = await createEvidenceLink({ db: db(), user: f.operator, input: { assessmentId: id, questionCode: RETURNED, url: "https://serangkab.go.id/salah" } });
    await deleteEvidence({ db: db(), user: f.operator, input: { assessmentId: id, evidenceId: mistaken.id } });
    await deleteEvidence({ db: db(), user: f.operator, input: { assessmentId: id, evidenceId: old.id } });
    const version = (await db().answer.findUniqueOrThrow({ where: key(id, RETURNED) })).version;
    await saveUnitAnswer({ db: db(), user: f.operator, input: { assessmentId: id, questionCode: RETURNED, value: "YA", note: "SK baru terlampir", expectedVersion: version } });
    await submitAssessment({ db: db(), user: f.operator, assessmentId: id });

    const [change] = await listRoundChanges({ db: db(), assessmentId: id });
    expect(change).toMatchObject({ questionCode: RETURNED, changed: true, evidence: { added: ["https://serangkab.go.id/sk-baru"], removed: ["https://serangkab.go.id/sk-lama"] } });
  });

  it("counts a question whose only change is its bukti dukung as changed", async () => {
    const f = await createTransitionFixture(db());
    const id = f.assessment.id;
    await answerEverything(db(), id);
    await db().answer.update({ where: key(id, RETURNED), data: { tpiFlag: true } });
    await returnAssessment({ db: db(), user: f.lead, assessmentId: id });
    await createEvidenceLink({ db: db(), user: f.operator, input: { assessmentId: id, questionCode: RETURNED, url: "https://serangkab.go.id/notulen" } });
    await submitAssessment({ db: db(), user: f.operator, assessmentId: id });
    const [change] = await listRoundChanges({ db: db(), assessmentId: id });
    expect(change).toMatchObject({ changed: true, evidence: { added: ["https://serangkab.go.id/notulen"], removed: [] } });
    expect(change!.before).toEqual(change!.after);
  });
});
