import { describe, expect, it } from "vitest";
import { currentStage, resultLabel, stageRefusal } from "./stages";

// TPN's order (PermenPAN-RB 90/2021 Lampiran II Bab III, pages 52–60).
describe("stageRefusal", () => {
  it("starts with seleksi administrasi and follows each passed stage with the next", () => {
    expect(stageRefusal("SELEKSI_ADMINISTRASI", [])).toBeNull();
    expect(stageRefusal("PRA_EVALUASI", [])).toBe("Catat tahap seleksi administrasi lebih dulu.");
    expect(stageRefusal("PRA_EVALUASI", [{ kind: "SELEKSI_ADMINISTRASI", result: "LULUS_DENGAN_CATATAN" }])).toBeNull();
    expect(stageRefusal("KEPUTUSAN", [{ kind: "SELEKSI_ADMINISTRASI", result: "LULUS" }])).toBe("Catat tahap clearance dan panel lebih dulu.");
  });

  it("refuses a stage twice and any stage after a failed one", () => {
    expect(stageRefusal("SELEKSI_ADMINISTRASI", [{ kind: "SELEKSI_ADMINISTRASI", result: "LULUS" }])).toBe("Tahap seleksi administrasi sudah dicatat untuk unit ini.");
    expect(stageRefusal("PRA_EVALUASI", [{ kind: "SELEKSI_ADMINISTRASI", result: "TIDAK_LULUS" }])).toBe("Unit ini tidak lulus seleksi administrasi; tahap berikutnya tidak dapat dicatat.");
  });

  it("names the current stage and the decree's outcomes in its own words", () => {
    expect(currentStage([{ kind: "PANEL", result: "LULUS" }, { kind: "SELEKSI_ADMINISTRASI", result: "LULUS" }])).toEqual({ kind: "PANEL", result: "LULUS" });
    expect(currentStage([])).toBeNull();
    expect(resultLabel("KEPUTUSAN", "LULUS")).toBe("Predikat ditetapkan");
    expect(resultLabel("DESK_EVALUASI", "LULUS_DENGAN_CATATAN")).toBe("Lulus dengan catatan");
  });
});
