import { describe, expect, it } from "vitest";
import { MONITORING_NOTES_MAX, monitoringConclusion, monitoringNotes } from "./monitoring-result";

// 90/2021 Lampiran II Bab IV A, pages 61–62 (Gambar 10): "masih memenuhi/tidak memenuhi kriteria"
// of the predicate held, with "capaian nilai pengungkit dan hasil" and the TPI's notes.

const totalCheck = { rule: "minTotal", label: "Nilai total minimal 75", actual: 70.25, required: 75 };
const wbbmTotal = { rule: "minTotal", label: "Nilai total minimal 85", actual: 80, required: 85 };
const scored = (wbk: (typeof totalCheck)[], wbbm: (typeof totalCheck)[] = [wbbmTotal]) => ({ total: 80, pengungkit: 48.2, hasil: 31.8, failingChecks: { WBK: wbk, WBBM: wbbm } });

describe("monitoringConclusion", () => {
  it("judges the predicate the unit holds, not the other one", () => {
    // Meets WBK, misses WBBM: a WBK holder still meets its criteria, a WBBM holder does not.
    expect(monitoringConclusion(scored([]), "WBK")).toBe("MASIH_MEMENUHI");
    expect(monitoringConclusion(scored([]), "WBBM")).toBe("TIDAK_MEMENUHI");
    expect(monitoringConclusion(scored([], []), "WBBM")).toBe("MASIH_MEMENUHI");
  });

  it("one unmet Tabel 6 criterion is enough for tidak memenuhi", () => {
    expect(monitoringConclusion(scored([totalCheck]), "WBK")).toBe("TIDAK_MEMENUHI");
  });
});

describe("monitoringNotes", () => {
  it("states the scores and that the criteria are still met", () => {
    const notes = monitoringNotes({ evaluation: scored([]), held: "WBK", recommendations: [] });
    expect(notes).toBe("Nilai total 80,00 (komponen pengungkit 48,20, komponen hasil 31,80).\nSeluruh kriteria Menuju WBK pada Tabel 6 masih terpenuhi.");
  });

  it("names each unmet criterion with its value, and the TPI's recommendations by page", () => {
    const notes = monitoringNotes({
      evaluation: scored([totalCheck]),
      held: "WBK",
      recommendations: [{ page: "Manajemen Perubahan", text: " Perbarui rencana kerja ZI. " }, { page: "Penguatan Pengawasan", text: "   " }, { page: "Hasil", text: "Ulangi survei IPK." }],
    });
    expect(notes.split("\n")).toEqual([
      "Nilai total 80,00 (komponen pengungkit 48,20, komponen hasil 31,80).",
      "Kriteria Menuju WBK pada Tabel 6 yang tidak terpenuhi: Nilai total minimal 75 (capaian 70,25).",
      "Rekomendasi TPI: Manajemen Perubahan: Perbarui rencana kerja ZI. Hasil: Ulangi survei IPK.",
    ]);
  });

  it("is cut to the report form's limit", () => {
    const notes = monitoringNotes({ evaluation: scored([]), held: "WBK", recommendations: [{ page: "Hasil", text: "x".repeat(5000) }] });
    expect(notes).toHaveLength(MONITORING_NOTES_MAX);
    expect(notes.endsWith("…")).toBe(true);
  });
});
