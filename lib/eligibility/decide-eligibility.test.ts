import { describe, expect, it } from "vitest";
import { decideEligibility, mayTakeAffirmation } from "./decide-eligibility";
import { holdsWbkOn } from "./predicates";
import { decideEligibilityForScore } from "./score-eligibility";
import { facts, failingChecks, input, lke, scoreAll } from "./test-support";
import { type PredicateRecord, SERVICE_CATEGORIES, type ServiceCategory } from "./types";

// Who may be proposed to TPN: Tabel 6 (PermenPAN-RB 90/2021 Lampiran II) and no revocation lock
// (Bab IV C, pages 63–64) first; then Tabel 5 (PermenPAN-RB 5/2024 page 4) gives the reguler
// route, or the affirmation route of page 5 for six kinds of Pemda units.

const AFFIRMATION: ServiceCategory[] = ["RSUD", "DUKCAPIL", "SAMSAT", "PTSP", "PENDIDIKAN", "KETENAGAKERJAAN"];

describe("reguler route", () => {
  it("proposes a unit meeting Tabel 5 and Tabel 6 for both targets", () => {
    const decided = decideEligibility(input());
    for (const target of ["WBK", "WBBM"] as const) {
      expect(decided[target]).toMatchObject({ eligible: true, route: "REGULER", tabel6: [], lockedUntil: null });
      expect(decided[target].conditions).toHaveLength(10);
    }
  });

  it("does not propose a unit of an ordinary category with one condition unmet or missing", () => {
    expect(decideEligibility(input({ unit: { followUpPercent: 99.99 } })).WBK).toMatchObject({ eligible: false, route: null, tabel6: [] });
    expect(decideEligibility(input({ instansi: { spipLevel: null } })).WBBM).toMatchObject({ eligible: false, route: null });
    // Sakip B meets WBK but not WBBM: each target is decided on its own column.
    const decided = decideEligibility(input({ instansi: { sakip: "B" } }));
    expect([decided.WBK.route, decided.WBBM.route]).toEqual(["REGULER", null]);
  });
});

describe("affirmation route (PermenPAN-RB 5/2024 page 5, a–f)", () => {
  it.each(AFFIRMATION)("proposes a Pemda's %s while Tabel 5 is still being met", (serviceCategory) => {
    const decided = decideEligibility(input({ instansi: { opiniBpk: "WDP", indeksRb: null }, unit: { serviceCategory, ziSinceWbk: null } }));
    expect(decided.WBK).toMatchObject({ eligible: true, route: "AFIRMASI", tabel6: [] });
    expect(decided.WBK.conditions.filter((c) => c.state !== "MET").map((c) => `${c.condition}:${c.state}`)).toEqual([
      "opiniBpk:UNMET", "indeksRb:MISSING", "ziOneYear:MISSING",
    ]);
    expect(decided.WBBM).toMatchObject({ eligible: true, route: "AFIRMASI" });
  });

  it("gives the reguler route, not the affirmation, to such a unit meeting every condition", () => {
    expect(decideEligibility(input({ unit: { serviceCategory: "RSUD" } })).WBK.route).toBe("REGULER");
  });

  it("does not let LAINNYA through", () => {
    expect(decideEligibility(input({ instansi: { opiniBpk: "WDP" }, unit: { serviceCategory: "LAINNYA" } })).WBK).toMatchObject({ eligible: false, route: null });
  });

  it.each(AFFIRMATION)("never gives it to a K/L, even for %s", (serviceCategory) => {
    const decided = decideEligibility(input({ instansi: { kind: "KL", opiniBpk: "WDP" }, unit: { serviceCategory } }));
    expect(decided.WBK).toMatchObject({ eligible: false, route: null });
    expect(decided.WBBM).toMatchObject({ eligible: false, route: null });
  });

  it("is open to exactly the six categories of a Pemda", () => {
    expect(SERVICE_CATEGORIES.filter((c) => mayTakeAffirmation("PEMDA", c))).toEqual(AFFIRMATION);
    expect(SERVICE_CATEGORIES.filter((c) => mayTakeAffirmation("KL", c))).toEqual([]);
  });

  it("still needs Tabel 6: failing rules block the affirmation route and are all listed", () => {
    const decided = decideEligibility(input({ instansi: { opiniBpk: "WDP" }, unit: { serviceCategory: "PTSP" }, checks: failingChecks }));
    expect(decided.WBK).toMatchObject({ eligible: false, route: null });
    expect(decided.WBK.tabel6).toEqual([
      "totalMin", "pengungkitMin",
      "areaMinPercent:MP", "areaMinPercent:TL", "areaMinPercent:SDM", "areaMinPercent:AK", "areaMinPercent:PW", "areaMinPercent:PP",
      "bersihAkuntabelMin", "surveiAntiKorupsiMin", "kinerjaLebihBaikMin", "pelayananPrimaMin",
    ]);
    expect(decideEligibility(input({ checks: failingChecks })).WBBM).toMatchObject({ eligible: false, route: null });
  });
});

describe("Menuju WBBM needs Menuju WBK held, from the predicate register", () => {
  // As finalize and the CLI do it: score with holdsWbk read from the register, then decide.
  const forRegister = (predicates: PredicateRecord[]) => {
    const f = facts({ unit: { predicates } });
    return decideEligibilityForScore({ lke, score: scoreAll("best", holdsWbkOn(predicates, f.asOf)), facts: f });
  };

  it("counts a Menuju WBK from evaluasi mandiri (PermenPAN-RB 5/2024 page 7)", () => {
    const decided = forRegister([{ year: 2025, predicate: "WBK", source: "MANDIRI", revokedOn: null }]);
    expect(decided.WBBM).toMatchObject({ eligible: true, route: "REGULER", tabel6: [] });
  });

  it("does not count a revoked Menuju WBK, after its lock has run out", () => {
    const decided = forRegister([{ year: 2021, predicate: "WBK", source: "TPN", revokedOn: "2023-05-02" }]);
    expect(decided.WBBM).toMatchObject({ eligible: false, route: null, tabel6: ["requiresWbk"], lockedUntil: null });
    expect(decided.WBK).toMatchObject({ eligible: true, route: "REGULER" });
  });

  it("refuses a score computed with a holdsWbk the register does not support", () => {
    expect(() => decideEligibilityForScore({ lke, score: scoreAll("best", true), facts: facts({ unit: { predicates: [] } }) })).toThrow(/holdsWbk/);
  });
});

describe("revocation lock (PermenPAN-RB 90/2021 Lampiran II Bab IV C, pages 63–64)", () => {
  const revokedOn = "2024-03-15";
  const register = [
    { year: 2020, predicate: "WBK" as const, source: "TPN" as const, revokedOn: null },
    { year: 2022, predicate: "WBBM" as const, source: "TPN" as const, revokedOn },
  ];

  it("bars both targets before the second anniversary and reports the day", () => {
    const decided = decideEligibility(input({ asOf: "2026-03-14", unit: { predicates: register } }));
    for (const target of ["WBK", "WBBM"] as const) {
      expect(decided[target]).toMatchObject({ eligible: false, route: null, lockedUntil: "2026-03-15" });
    }
  });

  it("bars an affirmation unit too", () => {
    const decided = decideEligibility(input({ asOf: "2025-01-01", instansi: { opiniBpk: "WDP" }, unit: { serviceCategory: "DUKCAPIL", predicates: register } }));
    expect(decided.WBK).toMatchObject({ eligible: false, route: null, lockedUntil: "2026-03-15" });
  });

  it("lifts on the second anniversary and after it", () => {
    for (const asOf of ["2026-03-15", "2026-03-16"]) {
      const decided = decideEligibility(input({ asOf, unit: { predicates: register } }));
      expect(decided.WBK).toMatchObject({ eligible: true, route: "REGULER", lockedUntil: null });
    }
  });
});
