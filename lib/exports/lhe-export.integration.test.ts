import { extractText, getDocumentProxy } from "unpdf";
import { beforeEach, describe, expect, it } from "vitest";
import { getTestDb, resetDatabase } from "@/tests/support/db";
import { getLheExport } from "./lhe-export";
import { CHANGED_QUESTION, createReviewedAssessment, makeUser, TPI_NOTE } from "./test-fixture";

const db = getTestDb();

async function pdfText(body: Buffer): Promise<{ text: string; pages: number }> {
  const pdf = await getDocumentProxy(new Uint8Array(body));
  const { text, totalPages } = await extractText(pdf, { mergePages: true });
  return { text: text.replace(/\s+/g, " "), pages: totalPages };
}

describe("getLheExport", () => {
  beforeEach(resetDatabase);

  it("reports the unit, the totals, an area against its thresholds, the provisional predicate and the TPI notes", async () => {
    const { assessment, period, user } = await createReviewedAssessment(db, { unitName: "Dinas Kesehatan" });
    const file = await getLheExport({ db, user, assessmentId: assessment.id });
    expect(file?.fileName).toBe(`LHE-Dinas-Kesehatan-${period.year}.pdf`);
    expect(file!.body.subarray(0, 5).toString()).toBe("%PDF-");
    const { text, pages } = await pdfText(file!.body);
    expect(text).toContain("Unit kerja: Dinas Kesehatan");
    expect(text).toContain(`tahun ${period.year}`);
    // Nilai total: unit 100,00, TPI 99,75 (hand-derived in test-fixture.ts).
    expect(text).toMatch(/Nilai total 100,00 100,00 99,75/);
    // MP: weight 8, unit 8,00 = 100%, TPI 7,75 = 96,88%, above the WBBM line of 75%.
    expect(text).toMatch(/MP Manajemen Perubahan 8,00 8,00 100,00% 7,75 96,88% WBBM/);
    expect(text).toContain("Predikat sementara (Tabel 6): Menuju WBK");
    expect(text).toContain(`${CHANGED_QUESTION} —`);
    expect(text).toContain(`Catatan TPI: ${TPI_NOTE}`);
    expect(text).toContain(`Halaman 1 dari ${pages}`);
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
    // Font dictionaries are written uncompressed: both faces are DejaVu Sans subsets; no text is left in Helvetica.
    const raw = file!.body.toString("latin1");
    expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+DejaVuSans-Bold/);
    expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+DejaVuSans(?![-\w])/);
    expect(raw).not.toContain("/Helvetica");
  });

  it("for a FINAL assessment finalized with the ketua's ticks (before the 2024 rule) reports the stored result and the ticks per target", async () => {
    const { assessment, user } = await createReviewedAssessment(db);
    const failing = { rule: "totalMin", label: "Nilai total minimal 75", actual: 70.5, required: 75 };
    await db.assessment.update({
      where: { id: assessment.id },
      data: {
        state: "FINAL",
        finalizedAt: new Date("2026-05-20T03:00:00Z"),
        evaluation: { total: 70.5, pengungkit: 40, hasil: 30.5, areas: {}, predicate: null, result: null, holdsWbk: false, failingChecks: { WBK: [failing], WBBM: [failing] }, unmetPrerequisites: { WBK: ["sakipMinB"], WBBM: [] } },
        prerequisites: { tindakLanjutTemuan: true, lhkpnLhkasn: true, sakipMinB: false, sakipMinBB: false, ziMinimalSatuTahun: true },
      },
    });
    const { text } = await pdfText((await getLheExport({ db, user, assessmentId: assessment.id }))!.body);
    expect(text).toContain("Status: Final");
    expect(text).toContain("Tanggal: 20 Mei 2026");
    expect(text).toContain("Predikat: Belum memenuhi syarat Menuju WBK");
    expect(text).toMatch(/Nilai total minimal 75 70,50 75,00/);
    expect(text).toContain("Menuju WBK: Belum memenuhi");
    expect(text).toMatch(/Menuju WBK: Tabel 5 — Predikat SAKIP dari evaluasi internal .*tidak dikonfirmasi TPI/);
    expect(text).not.toMatch(/Menuju WBK: Tabel 5 — Tingkat penyelesaian tindak lanjut/);
  });

  it("refuses another unit's operator and an unassigned TPI", async () => {
    const { assessment, tpi } = await createReviewedAssessment(db);
    const other = await createReviewedAssessment(db);
    expect(await getLheExport({ db, user: other.user, assessmentId: assessment.id })).toBeNull();
    expect(await getLheExport({ db, user: await makeUser(db, "TPI"), assessmentId: assessment.id })).toBeNull();
    expect(await getLheExport({ db, user: tpi, assessmentId: assessment.id })).not.toBeNull();
  });
});
