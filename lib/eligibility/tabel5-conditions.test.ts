import { describe, expect, it } from "vitest";
import { evaluateTabel5 } from "./tabel5-conditions";
import { input } from "./test-support";
import { GRADES, type ConditionKey, type ConditionState, type EligibilityInput, type Grade, type InstansiKindGroup, type Target } from "./types";

// Tabel 5 "Syarat Pengusulan ZI", PermenPAN-RB 5/2024 Lampiran II Bab II A, page 4: every condition
// at its boundary, for each target. Null data is MISSING ("belum diisi"), never met.

const stateOf = (i: EligibilityInput, target: Target, condition: ConditionKey): ConditionState => {
  const found = evaluateTabel5(i, target).find((c) => c.condition === condition);
  if (!found) throw new Error(`${condition} not evaluated`);
  return found.state;
};
const conditionOf = (i: EligibilityInput, target: Target, condition: ConditionKey) =>
  evaluateTabel5(i, target).find((c) => c.condition === condition);

it("lists the ten conditions in Tabel 5's order, instansi level first, all met for a unit meeting all", () => {
  for (const target of ["WBK", "WBBM"] as const) {
    const conditions = evaluateTabel5(input(), target);
    expect(conditions.map((c) => `${c.level}:${c.condition}:${c.state}`)).toEqual([
      "INSTANSI:opiniBpk:MET", "INSTANSI:sakip:MET", "INSTANSI:indeksRb:MET", "INSTANSI:spip:MET",
      "UNIT:coreService:MET", "UNIT:significantImpact:MET", "UNIT:followUp:MET", "UNIT:lhkpnLhkasn:MET",
      "UNIT:ziOneYear:MET", "UNIT:sakipInternal:MET",
    ]);
  }
});

describe("graded conditions: each grade for each target (AA > A > BB > B > CC > C > D)", () => {
  // The grades that meet, written out from Tabel 5 rather than computed.
  const cases: [string, ConditionKey, Target, InstansiKindGroup, string][] = [
    ["Predikat SAKIP minimal B", "sakip", "WBK", "PEMDA", "AA A BB B"],
    ["Predikat SAKIP minimal BB", "sakip", "WBBM", "PEMDA", "AA A BB"],
    ["Indeks RB minimal CC (Pemda)", "indeksRb", "WBK", "PEMDA", "AA A BB B CC"],
    ["Indeks RB minimal B (Pemda)", "indeksRb", "WBBM", "PEMDA", "AA A BB B"],
    ["Indeks RB minimal B (K/L)", "indeksRb", "WBK", "KL", "AA A BB B"],
    ["Indeks RB minimal BB (K/L)", "indeksRb", "WBBM", "KL", "AA A BB"],
    ["SAKIP evaluasi internal minimal B", "sakipInternal", "WBK", "PEMDA", "AA A BB B"],
    ["SAKIP evaluasi internal minimal BB", "sakipInternal", "WBBM", "PEMDA", "AA A BB"],
  ];
  it.each(cases)("%s", (_name, condition, target, kind, meeting) => {
    const met = meeting.split(" ");
    for (const grade of GRADES) {
      const changed: Record<string, Grade> = { [condition]: grade };
      const i = condition === "sakipInternal" ? input({ instansi: { kind }, unit: changed }) : input({ instansi: { kind, ...changed } });
      expect([grade, stateOf(i, target, condition)]).toEqual([grade, met.includes(grade) ? "MET" : "UNMET"]);
    }
    const empty = condition === "sakipInternal" ? input({ unit: { sakipInternal: null } }) : input({ instansi: { [condition]: null } });
    expect(stateOf(empty, target, condition)).toBe("MISSING");
  });

  it("reports what the data says and what Tabel 5 asks", () => {
    expect(conditionOf(input({ instansi: { kind: "KL", indeksRb: "B" } }), "WBBM", "indeksRb")).toEqual({
      level: "INSTANSI", condition: "indeksRb", state: "UNMET", actual: "B", required: "minimal BB",
    });
    expect(conditionOf(input({ instansi: { indeksRb: null } }), "WBK", "indeksRb")).toMatchObject({ state: "MISSING", actual: "belum diisi", required: "minimal CC" });
  });
});

describe("opini BPK, SPIP, core service, impact, follow-up, LHKPN/LHKASN", () => {
  it("meets Opini BPK only with WTP", () => {
    expect(stateOf(input({ instansi: { opiniBpk: "WTP" } }), "WBBM", "opiniBpk")).toBe("MET");
    for (const opini of ["WDP", "TW", "TMP"] as const) expect(stateOf(input({ instansi: { opiniBpk: opini } }), "WBK", "opiniBpk")).toBe("UNMET");
    expect(stateOf(input({ instansi: { opiniBpk: null } }), "WBK", "opiniBpk")).toBe("MISSING");
  });

  it("meets SPIP from level 3", () => {
    const spip = (level: number | null) => conditionOf(input({ instansi: { spipLevel: level } }), "WBBM", "spip");
    expect(spip(2)).toMatchObject({ state: "UNMET", actual: "level 2", required: "minimal level 3" });
    expect(spip(3)?.state).toBe("MET");
    expect(spip(5)?.state).toBe("MET");
    expect(spip(null)?.state).toBe("MISSING");
  });

  it("needs a yes for core service and significant impact", () => {
    for (const condition of ["coreService", "significantImpact"] as const) {
      expect(stateOf(input({ unit: { [condition]: false } }), "WBK", condition)).toBe("UNMET");
      expect(stateOf(input({ unit: { [condition]: null } }), "WBK", condition)).toBe("MISSING");
      expect(stateOf(input({ unit: { [condition]: true } }), "WBK", condition)).toBe("MET");
    }
  });

  it("needs follow-up of 100%: 99,99% is not 100%", () => {
    const followUp = (percent: number | null) => conditionOf(input({ unit: { followUpPercent: percent } }), "WBK", "followUp");
    expect(followUp(99.99)).toMatchObject({ state: "UNMET", actual: "99,99%", required: "100%" });
    expect(followUp(100)).toMatchObject({ state: "MET", actual: "100%" });
    expect(followUp(0)?.state).toBe("UNMET");
    expect(followUp(null)).toMatchObject({ state: "MISSING", actual: "belum diisi" });
  });

  it("takes LHKPN/LHKASN from the evaluated LKE as given", () => {
    for (const state of ["MET", "UNMET", "MISSING"] as const) expect(stateOf(input({ lhkpnLhkasn: state }), "WBBM", "lhkpnLhkasn")).toBe(state);
  });
});

describe("ZI built for at least one year, from the pencanangan date to the proposal date", () => {
  const zi = (since: string | null, asOf: string, target: Target = "WBK") =>
    stateOf(input({ asOf, unit: target === "WBK" ? { ziSinceWbk: since } : { ziSinceWbbm: since } }), target, "ziOneYear");

  it("counts 365 days in a common year as one year, 364 as not", () => {
    expect(zi("2025-03-02", "2026-03-01")).toBe("UNMET"); // 364 days
    expect(zi("2025-03-01", "2026-03-01")).toBe("MET"); // 365 days, the anniversary
    expect(zi("2025-02-28", "2026-03-01")).toBe("MET"); // 366 days
  });

  it("needs 366 days across a 29 February: 365 days then fall one day short", () => {
    expect(zi("2023-03-02", "2024-03-01")).toBe("UNMET"); // 365 days, includes 29 February 2024
    expect(zi("2023-03-01", "2024-03-01")).toBe("MET"); // 366 days, the anniversary
  });

  it("counts a start on 29 February as one year on 28 February of the next year", () => {
    expect(zi("2024-02-29", "2025-02-27")).toBe("UNMET");
    expect(zi("2024-02-29", "2025-02-28")).toBe("MET");
  });

  it("reads the WBK date for WBK and the WBBM date for WBBM", () => {
    const i = input({ unit: { ziSinceWbk: "2020-01-01", ziSinceWbbm: null } });
    expect(stateOf(i, "WBK", "ziOneYear")).toBe("MET");
    expect(conditionOf(i, "WBBM", "ziOneYear")).toMatchObject({ state: "MISSING", actual: "belum diisi" });
    expect(zi("2025-06-01", "2026-03-01", "WBBM")).toBe("UNMET");
    expect(conditionOf(input({ unit: { ziSinceWbk: "2024-02-29" }, asOf: "2025-02-28" }), "WBK", "ziOneYear")).toMatchObject({
      actual: "sejak 29 Februari 2024; genap satu tahun pada 28 Februari 2025",
      required: "minimal satu tahun pada tanggal usulan (28 Februari 2025)",
    });
  });
});
