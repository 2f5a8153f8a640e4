import { describe, expect, it } from "vitest";
import type { LkeVersion } from "@/lib/lke/schema";
import { lhkpn } from "@/lib/scoring/test-support";
import { lhkpnLhkasnState, listLhkpnLhkasnQuestions } from "./lhkpn-lhkasn";
import { lke, scoreAll } from "./test-support";

// Tabel 5 "Kepatuhan Penyampaian LHKASN dan LHKPN 100%" (PermenPAN-RB 5/2024 page 4) from the
// evaluated LKE: the questions A.II.5.iii.lhkpn.a and A.II.5.iii.lhkasn.a of PermenPAN-RB 90/2021
// Lampiran III must both be worth 1.

const lhkasn = (num: number, den: number) => ({
  jumlah_pejabat_administrator: den, jumlah_pejabat_pengawas: 0, jumlah_fungsional_pelaksana: 0, jumlah_sudah_melaporkan: num,
});
const state = (answers: Parameters<typeof scoreAll>[2]) => lhkpnLhkasnState({ lke, score: scoreAll("worst", false, answers) });

describe("lhkpnLhkasnState", () => {
  it("finds the two questions in the LKE data", () => {
    expect(listLhkpnLhkasnQuestions(lke)).toEqual(["A.II.5.iii.lhkpn.a", "A.II.5.iii.lhkasn.a"]);
  });

  it("is MET when both are 100%, also when nobody had to report (the LKE counts 0 of 0 as 1)", () => {
    expect(state({ "A.II.5.iii.lhkpn.a": lhkpn(12, 12), "A.II.5.iii.lhkasn.a": lhkasn(80, 80) })).toBe("MET");
    expect(state({ "A.II.5.iii.lhkpn.a": lhkpn(0, 0), "A.II.5.iii.lhkasn.a": lhkasn(80, 80) })).toBe("MET");
  });

  it("is UNMET when either is below 100%, however close", () => {
    expect(state({ "A.II.5.iii.lhkpn.a": lhkpn(9_999, 10_000), "A.II.5.iii.lhkasn.a": lhkasn(80, 80) })).toBe("UNMET");
    expect(state({ "A.II.5.iii.lhkpn.a": lhkpn(12, 12), "A.II.5.iii.lhkasn.a": lhkasn(79, 80) })).toBe("UNMET");
  });

  it("is MISSING when either is unanswered, even if the other is below 100%", () => {
    expect(state({ "A.II.5.iii.lhkpn.a": lhkpn(12, 12), "A.II.5.iii.lhkasn.a": null })).toBe("MISSING");
    expect(state({ "A.II.5.iii.lhkpn.a": null, "A.II.5.iii.lhkasn.a": lhkasn(1, 80) })).toBe("MISSING");
  });

  it("is MISSING, never met, for an LKE version without these questions", () => {
    const renamed = structuredClone(lke) as LkeVersion;
    for (const component of renamed.components) {
      for (const part of component.parts) {
        for (const area of part.areas ?? []) {
          for (const indicator of area.indicators) if (indicator.code.endsWith(".lhkasn")) indicator.code = `${indicator.code}-lama`;
        }
      }
    }
    expect(listLhkpnLhkasnQuestions(renamed)).toBeNull();
    expect(lhkpnLhkasnState({ lke: renamed, score: scoreAll("best", false) })).toBe("MISSING");
  });
});
