import { describe, expect, it } from "vitest";
import { actionLabel, questionCodeOf } from "./action-labels";
import { summariseChange } from "./change-summary";

describe("summariseChange", () => {
  it("shows an answer's value before and after, and whether the note changed", () => {
    expect(summariseChange({ value: "B", note: null }, { value: "A", note: null })).toBe("B → A");
    expect(summariseChange(null, { value: "YA", note: "SK terlampir" })).toBe("— → YA; catatan diubah");
    expect(summariseChange({ value: "A", note: "lama" }, { value: "A", note: null })).toBe("catatan dihapus");
    expect(summariseChange({ value: 2.5 }, { value: 3.45 })).toBe("2,5 → 3,45");
    expect(summariseChange({ value: { jumlah_pegawai: 10, jumlah_hadir: 8 } }, { value: { jumlah_pegawai: 10, jumlah_hadir: 9 } })).toBe(
      "jumlah pegawai 10, jumlah hadir 8 → jumlah pegawai 10, jumlah hadir 9",
    );
  });

  it("names the states of a transition and the TPI's flag", () => {
    expect(summariseChange({ state: "DRAFT" }, { state: "SUBMITTED", round: 1 })).toBe("Draf → Diajukan");
    expect(summariseChange({ value: "B", note: null, flag: false }, { value: "C", note: null, flag: true })).toBe("B → C; ditandai perlu perbaikan");
    expect(summariseChange({ value: "C", flag: true }, { value: "C", flag: false })).toBe("tanda perbaikan dicabut");
  });

  it("names the evidence, and falls back to the changed fields of other events", () => {
    expect(summariseChange(null, { questionCode: "A.I.1.i.a", fileName: "sk-tim.pdf", size: 100 })).toBe("sk-tim.pdf");
    expect(summariseChange({ questionCode: "A.I.1.i.a", url: "https://serangkab.go.id/x" }, null)).toBe("https://serangkab.go.id/x");
    expect(summariseChange({ deadline: "2026-05-01", periodId: "p" }, { deadline: "2026-05-31", periodId: "q" })).toBe("deadline: 2026-05-01 → 2026-05-31");
    expect(summariseChange(null, null)).toBeNull();
  });
});

describe("action labels", () => {
  it("labels known actions in Bahasa Indonesia and shows unknown ones by their code", () => {
    expect(actionLabel("answer.unit_update")).toBe("mengubah jawaban");
    expect(actionLabel("assessment.finalize")).toBe("memfinalkan penilaian");
    expect(actionLabel("sesuatu.baru")).toBe("sesuatu.baru");
  });

  it("finds the question of an answer or evidence event", () => {
    expect(questionCodeOf({ entityType: "Answer", entityId: "B.II.a.a", before: null, after: null })).toBe("B.II.a.a");
    expect(questionCodeOf({ entityType: "Evidence", entityId: "uuid", before: { questionCode: "A.I.1.i.a" }, after: null })).toBe("A.I.1.i.a");
    expect(questionCodeOf({ entityType: "Assessment", entityId: "uuid", before: { state: "DRAFT" }, after: null })).toBeNull();
  });
});
