import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { getTestDb, resetDatabase } from "@/tests/support/db";
import { createReviewedAssessment, makeUser } from "@/lib/exports/test-fixture";
import { createTempStorage } from "@/lib/evidence/test-fixture";
import { PDF, PNG } from "@/lib/evidence/test-files";
import { getLheLetter } from "./queries";
import { saveLheBasis, saveLheLetter, saveLheRecommendation } from "./mutations";
import { getSignedLhe, uploadSignedLhe } from "./signed-scan";

const db = getTestDb();
const events = (action: string) => db.auditEvent.findMany({ where: { action }, orderBy: { id: "asc" } });

describe("LHE writes", () => {
  let temp: Awaited<ReturnType<typeof createTempStorage>>;
  beforeEach(async () => {
    await resetDatabase();
    temp = await createTempStorage();
  });
  afterEach(() => temp.remove());

  it("keeps one recommendation per LKE page, audited, removed when blanked, refused once FINAL and for an unassigned TPI", async () => {
    const { assessment, tpi } = await createReviewedAssessment(db);
    const input = { assessmentId: assessment.id, sectionKey: "mp" as const, text: "Susun rencana kerja ZI." };
    expect(await saveLheRecommendation({ db, user: tpi, input })).toEqual({ saved: true });
    expect(await saveLheRecommendation({ db, user: tpi, input })).toEqual({ saved: false });
    expect((await getLheLetter({ db, assessment: { ...assessment, period: { id: assessment.periodId } } })).recommendations).toEqual({ mp: "Susun rencana kerja ZI." });
    await saveLheRecommendation({ db, user: tpi, input: { ...input, text: "" } });
    expect(await db.lheRecommendation.count()).toBe(0);
    expect((await events("lhe.recommendation")).map((e) => e.after)).toEqual([{ text: "Susun rencana kerja ZI." }, null]);
    await expect(saveLheRecommendation({ db, user: await makeUser(db, "TPI"), input })).rejects.toThrow("tidak ditugaskan");
    await db.assessment.update({ where: { id: assessment.id }, data: { state: "FINAL" } });
    await expect(saveLheRecommendation({ db, user: tpi, input })).rejects.toThrow("sudah final");
    expect(await db.lheRecommendation.count()).toBe(0);
  });

  it("lets only the ketua tim number and date the LHE, and ADMIN or a ketua tim of the period set its basis", async () => {
    const { assessment, period, tpi } = await createReviewedAssessment(db);
    const member = await makeUser(db, "TPI");
    await db.reviewAssignment.create({ data: { periodId: period.id, unitId: assessment.unitId, reviewerId: member.id, isLead: false } });
    const letter = { assessmentId: assessment.id, number: "700/45/LHE/2026", letterDate: "2026-05-21" };
    await expect(saveLheLetter({ db, user: member, input: letter })).rejects.toThrow("ketua tim");
    expect(await saveLheLetter({ db, user: tpi, input: letter })).toEqual({ number: "700/45/LHE/2026", letterDate: "2026-05-21" });
    const basis = { periodId: period.id, tpiBasisTitle: "Surat Tugas Inspektur", tpiBasisNumber: "700/1/ST/2026", tpiBasisDate: "2026-01-05", lheResponsibleName: null, lheResponsibleNip: null, lheResponsibleTitle: null };
    await expect(saveLheBasis({ db, user: member, input: basis })).rejects.toThrow("admin atau ketua tim");
    await saveLheBasis({ db, user: tpi, input: basis });
    await saveLheBasis({ db, user: await makeUser(db, "ADMIN"), input: { ...basis, lheResponsibleName: "Drs. Rahmat", lheResponsibleNip: "196805121990031002", lheResponsibleTitle: "Inspektur" } });
    const loaded = await getLheLetter({ db, assessment: { ...assessment, period: { id: period.id } } });
    expect(loaded).toMatchObject({ number: "700/45/LHE/2026", basis: { title: "Surat Tugas Inspektur", number: "700/1/ST/2026" }, responsible: { name: "Drs. Rahmat", nip: "196805121990031002", title: "Inspektur" } });
    expect(loaded.letterDate?.toISOString().slice(0, 10)).toBe("2026-05-21");
    expect(loaded.team.map((m) => m.isLead)).toEqual([true, false]);
    expect((await events("lhe.letter")).length).toBe(1);
    expect((await events("period.lhe_basis")).map((e) => (e.after as { lheResponsibleName: string | null }).lheResponsibleName)).toEqual([null, "Drs. Rahmat"]);
  });

  it("keeps the signed scan of a FINAL assessment as a PDF only, from the ketua tim, and shows it to whoever sees the unit", async () => {
    const { assessment, tpi, user: operator } = await createReviewedAssessment(db);
    const upload = (user: typeof tpi, bytes: Buffer, fileName = "lhe-ttd.pdf") =>
      uploadSignedLhe({ db, storage: temp.storage, user, assessmentId: assessment.id, fileName, content: new Blob([new Uint8Array(bytes)]).stream(), maxBytes: 1 << 20 });
    await expect(upload(tpi, PDF)).rejects.toThrow("setelah penilaian final");
    await db.assessment.update({ where: { id: assessment.id }, data: { state: "FINAL", finalizedAt: new Date() } });
    await expect(upload(operator, PDF)).rejects.toThrow("ketua tim");
    await expect(upload(tpi, PNG, "lhe.png")).rejects.toThrow("harus berupa berkas PDF");
    expect(await getSignedLhe({ db, user: operator, assessmentId: assessment.id })).toBeNull();
    const saved = await upload(tpi, PDF);
    expect(saved).toMatchObject({ fileName: "lhe-ttd.pdf", size: PDF.length });
    expect(await getSignedLhe({ db, user: operator, assessmentId: assessment.id })).toMatchObject({ sha256: saved.sha256 });
    expect(await getSignedLhe({ db, user: await makeUser(db, "TPI"), assessmentId: assessment.id })).toBeNull();
    expect((await events("lhe.signed_upload")).map((e) => e.after)).toEqual([{ fileName: "lhe-ttd.pdf", size: PDF.length, sha256: saved.sha256 }]);
  });
});
