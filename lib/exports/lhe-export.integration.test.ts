import { beforeEach, describe, expect, it } from "vitest";
import { getTestDb, resetDatabase } from "@/tests/support/db";
import { docxText, pdfText } from "@/lib/lhe/test-support";
import { getLheExport } from "./lhe-export";
import { CHANGED_QUESTION, createReviewedAssessment, makeUser, TPI_NOTE } from "./test-fixture";

const db = getTestDb();
const HASIL_SURVEY = "B.I.a.a";

async function finalize(assessmentId: string) {
  const failing = { rule: "totalMin", label: "Nilai total minimal 75", actual: 70.5, required: 75 };
  await db.assessment.update({
    where: { id: assessmentId },
    data: {
      state: "FINAL",
      finalizedAt: new Date("2026-05-20T03:00:00Z"),
      evaluation: { total: 70.5, pengungkit: 40, hasil: 30.5, areas: {}, predicate: null, result: null, holdsWbk: false, failingChecks: { WBK: [failing], WBBM: [failing] }, unmetPrerequisites: { WBK: ["sakipMinB"], WBBM: [] } },
      prerequisites: { tindakLanjutTemuan: true, lhkpnLhkasn: true, sakipMinB: false, sakipMinBB: false, ziMinimalSatuTahun: true },
    },
  });
}

describe("getLheExport", () => {
  beforeEach(resetDatabase);

  it("frames a draft as a letter with DRAF on every page, the unit's claim marked, '–' for an unanswered TPI value, and a conclusion without a predicate", async () => {
    const { assessment, period, user, tpi } = await createReviewedAssessment(db, { unitName: "Dinas Kesehatan" });
    await db.user.update({ where: { id: tpi.id }, data: { name: "Ahmad Fauzi", nip: "197808172003121004" } });
    await db.period.update({ where: { id: period.id }, data: { tpiBasisTitle: "Surat Tugas Inspektur", tpiBasisNumber: "700/12/ST/2026", tpiBasisDate: new Date("2026-01-05") } });
    await db.lheRecommendation.create({ data: { assessmentId: assessment.id, sectionKey: "mp", text: "Tetapkan rencana kerja pembangunan ZI dengan SK.", updatedById: tpi.id } });
    await db.answer.update({ where: { assessmentId_questionCode: { assessmentId: assessment.id, questionCode: HASIL_SURVEY } }, data: { tpiValue: null as never } });
    const file = await getLheExport({ db, user, assessmentId: assessment.id });
    expect(file?.fileName).toBe(`LHE-Dinas-Kesehatan-${period.year}.pdf`);
    const { text, pages } = await pdfText(file!.body);
    expect(pages.length).toBeGreaterThan(1);
    for (const page of pages) expect(page).toContain("DRAF");
    expect(text).toContain("Unit kerja: Dinas Kesehatan");
    expect(text).toContain("Kepada Yth.: Kepala Instansi, di tempat");
    expect(text).toContain("Surat Tugas Inspektur Nomor 700/12/ST/2026 tanggal 5 Januari 2026");
    expect(text).toMatch(/1 Ahmad Fauzi 197808172003121004 Ketua Tim/);
    expect(text).toContain("Nilai unit (klaim unit)");
    // Nilai total: unit 100,00, TPI 99,75 less the survey index the TPI has not given (hand-derived in test-fixture.ts).
    expect(text).toMatch(/MP Manajemen Perubahan 8,00 8,00 100,00% 7,75 96,88%/);
    expect(text).toMatch(new RegExp(`${HASIL_SURVEY.replace(/\./g, "\\.")} Nilai Survei Persepsi Korupsi \\(Survei Eksternal\\) 17,50 4,00 – –`));
    expect(text).toContain("MP Manajemen Perubahan: Tetapkan rencana kerja pembangunan ZI dengan SK.");
    expect(text).toContain(`${CHANGED_QUESTION} —`);
    expect(text).toContain("Jawaban unit: Ya · Jawaban TPI: Tidak · perlu perbaikan");
    expect(text).toContain(`Catatan TPI: ${TPI_NOTE}`);
    expect(text).toMatch(/Menuju WBK: Unit kerja Dinas Kesehatan (belum )?memenuhi kriteria untuk diusulkan kepada TPN sebagai unit kerja Menuju WBK\./);
    expect(text).toMatch(/Rekomendasi: (diusulkan kepada Kementerian PANRB selaku TPN|perbaikan dan pembinaan lebih lanjut)\./);
    expect(text).toContain("Ketua Tim Penilai Internal");
    expect(text).not.toMatch(/Predikat(?: sementara \(Tabel 6\))?: /);
  });

  it("renders the same content as DOCX, with Word's DRAF watermark only while not final", async () => {
    const { assessment, period, user } = await createReviewedAssessment(db, { unitName: "Dinas Kesehatan" });
    const draft = await getLheExport({ db, user, assessmentId: assessment.id, format: "docx" });
    expect(draft?.fileName).toBe(`LHE-Dinas-Kesehatan-${period.year}.docx`);
    expect(draft?.kind).toBe("docx");
    const before = await docxText(draft!.body);
    expect(before.watermark).toBe("DRAF");
    expect(before.text).toContain("DRAF — penilaian ini belum final");
    expect(before.text).toContain(`Catatan TPI: ${TPI_NOTE}`);
    expect(before.text).toContain("Nilai total");
    await finalize(assessment.id);
    const after = await docxText((await getLheExport({ db, user, assessmentId: assessment.id, format: "docx" }))!.body);
    expect(after.watermark).toBeNull();
    expect(after.text).not.toContain("DRAF");
    expect(after.text).toContain("Menuju WBK: Unit kerja Dinas Kesehatan belum memenuhi kriteria untuk diusulkan kepada TPN sebagai unit kerja Menuju WBK.");
    expect(after.text).toContain("Rekomendasi: perbaikan dan pembinaan lebih lanjut.");
  });

  it("prints a TPI note and a unit name outside WinAnsi as typed, in the embedded DejaVu Sans", async () => {
    const { assessment, period, user } = await createReviewedAssessment(db, { unitName: "Dinas Ĉ" });
    const note = "Nilai ≥ 75% → target; ≤ 2 dokumen – belum lengkap";
    await db.answer.update({ where: { assessmentId_questionCode: { assessmentId: assessment.id, questionCode: CHANGED_QUESTION } }, data: { tpiNote: `${note}\r\nTanda tangan: ŠŽ` } });
    const file = await getLheExport({ db, user, assessmentId: assessment.id });
    expect(file?.fileName).toBe(`LHE-Dinas-C-${period.year}.pdf`);
    const { text } = await pdfText(file!.body);
    expect(text).toContain("Unit kerja: Dinas Ĉ");
    expect(text).toContain(`Catatan TPI: ${note} Tanda tangan: ŠŽ`);
    const raw = file!.body.toString("latin1");
    expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+DejaVuSans-Bold/);
    expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+DejaVuSans(?![-\w])/);
    expect(raw).not.toContain("/Helvetica");
  });

  it("for a FINAL assessment has no DRAF mark, dates the letter, prints its number and the penanggung jawab, and concludes from the stored result", async () => {
    const { assessment, period, user, tpi } = await createReviewedAssessment(db);
    await finalize(assessment.id);
    await db.period.update({ where: { id: period.id }, data: { lheResponsibleName: "Drs. H. Rahmat", lheResponsibleNip: "196805121990031002", lheResponsibleTitle: "Inspektur Kabupaten Serang" } });
    await db.lheRecord.create({ data: { assessmentId: assessment.id, number: "700/45/LHE-ZI/2026", updatedById: tpi.id } });
    const { text } = await pdfText((await getLheExport({ db, user, assessmentId: assessment.id }))!.body);
    expect(text).not.toContain("DRAF");
    expect(text).not.toContain("klaim unit");
    expect(text).toContain("Nomor: 700/45/LHE-ZI/2026");
    expect(text).toContain("Status: Final");
    expect(text).toContain("Tanggal: 20 Mei 2026");
    expect(text).toMatch(/Nilai total minimal 75 70,50 75,00/);
    expect(text).toContain("Menuju WBK: Unit kerja");
    expect(text).toMatch(/Tabel 5 — Predikat SAKIP dari evaluasi internal .*tidak dikonfirmasi TPI/);
    expect(text).toContain("Rekomendasi: perbaikan dan pembinaan lebih lanjut.");
    expect(text).toMatch(/Penanggung Jawab Inspektur Kabupaten Serang/);
    expect(text).toContain("NIP 196805121990031002");
    expect(text).not.toMatch(/Predikat(?: sementara \(Tabel 6\))?: /);
  });

  it("refuses another unit's operator and an unassigned TPI", async () => {
    const { assessment, tpi } = await createReviewedAssessment(db);
    const other = await createReviewedAssessment(db);
    expect(await getLheExport({ db, user: other.user, assessmentId: assessment.id })).toBeNull();
    expect(await getLheExport({ db, user: await makeUser(db, "TPI"), assessmentId: assessment.id, format: "docx" })).toBeNull();
    expect(await getLheExport({ db, user: tpi, assessmentId: assessment.id })).not.toBeNull();
  });
});
