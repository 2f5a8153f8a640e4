import { describe, expect, it } from "vitest";
import { parseEligibilityFacts } from "./schemas";
import { facts } from "./test-support";

// The `eligibility` object of issue 10, refused field by field in Bahasa Indonesia. The dates
// follow PermenPAN-RB 5/2024 page 4 (ZI built before the proposal) and 90/2021 pages 63–64 (a
// revocation follows its predicate).

const valid = facts();
const problems = (raw: unknown) => {
  const parsed = parseEligibilityFacts(raw);
  return parsed.ok ? [] : parsed.problems;
};
const withInstansi = (changes: Record<string, unknown>) => ({ ...valid, instansi: { ...valid.instansi, ...changes } });
const withUnit = (changes: Record<string, unknown>) => ({ ...valid, unit: { ...valid.unit, ...changes } });

describe("parseEligibilityFacts", () => {
  it("accepts the facts of a unit, nulls for what is not recorded yet", () => {
    expect(parseEligibilityFacts(valid)).toEqual({ ok: true, facts: valid });
    const empty = withUnit({ coreService: null, significantImpact: null, followUpPercent: null, sakipInternal: null, ziSinceWbk: null, ziSinceWbbm: null, predicates: [] });
    const unknownInstansi = { kind: "KL", opiniBpk: null, sakip: null, indeksRb: null, spipLevel: null };
    expect(parseEligibilityFacts({ ...empty, instansi: unknownInstansi }).ok).toBe(true);
  });

  it("refuses unknown grades, opinions, kinds and categories", () => {
    expect(problems(withInstansi({ sakip: "BBB", opiniBpk: "WTP-DPP", kind: "PEMKAB" }))).toEqual([
      'eligibility.instansi.kind harus "PEMDA" atau "KL"',
      'eligibility.instansi.opiniBpk harus salah satu dari "WTP", "WDP", "TW", "TMP", atau null',
      'eligibility.instansi.sakip harus salah satu dari "AA", "A", "BB", "B", "CC", "C", "D", atau null',
    ]);
    expect(problems(withUnit({ serviceCategory: "RUMAH_SAKIT", sakipInternal: "b" }))).toEqual([
      'eligibility.unit.serviceCategory harus salah satu dari "RSUD", "DUKCAPIL", "SAMSAT", "PTSP", "PENDIDIKAN", "KETENAGAKERJAAN", "LAINNYA"',
      'eligibility.unit.sakipInternal harus salah satu dari "AA", "A", "BB", "B", "CC", "C", "D", atau null',
    ]);
  });

  it("refuses percentages outside 0–100 and SPIP outside 1–5", () => {
    expect(problems(withUnit({ followUpPercent: 100.01 }))).toEqual(["eligibility.unit.followUpPercent harus antara 0 dan 100, atau null"]);
    expect(problems(withUnit({ followUpPercent: -1 }))).toEqual(["eligibility.unit.followUpPercent harus antara 0 dan 100, atau null"]);
    expect(problems(withUnit({ followUpPercent: "100" }))).toEqual(["eligibility.unit.followUpPercent harus antara 0 dan 100, atau null"]);
    for (const spipLevel of [0, 6, 3.5]) {
      expect(problems(withInstansi({ spipLevel }))).toEqual(["eligibility.instansi.spipLevel harus bilangan bulat antara 1 dan 5, atau null"]);
    }
  });

  it("refuses invalid dates, 29 February of a common year included", () => {
    expect(problems({ ...valid, asOf: "2025-02-29" })).toEqual(["eligibility.asOf harus tanggal yang sah berformat YYYY-MM-DD"]);
    expect(problems(withUnit({ ziSinceWbk: "01-03-2025", ziSinceWbbm: "2025-13-01" }))).toEqual([
      "eligibility.unit.ziSinceWbk harus tanggal yang sah berformat YYYY-MM-DD, atau null",
      "eligibility.unit.ziSinceWbbm harus tanggal yang sah berformat YYYY-MM-DD, atau null",
    ]);
  });

  it("refuses a ZI start after the proposal date, but not on it", () => {
    expect(problems(withUnit({ ziSinceWbbm: "2026-03-02" }))).toEqual(["eligibility.unit.ziSinceWbbm tidak boleh sesudah tanggal usulan asOf (2026-03-01)"]);
    expect(problems(withUnit({ ziSinceWbk: "2026-03-01" }))).toEqual([]);
  });

  it("refuses a predicate after asOf's year and a revocation before its predicate's year or after asOf", () => {
    const predicate = { year: 2024, predicate: "WBK", source: "TPN", revokedOn: null };
    expect(problems(withUnit({ predicates: [predicate, { ...predicate, year: 2027 }] }))).toEqual([
      "eligibility.unit.predicates[1].year tidak boleh sesudah tahun tanggal usulan asOf (2026)",
    ]);
    expect(problems(withUnit({ predicates: [{ ...predicate, revokedOn: "2023-12-31" }] }))).toEqual([
      "eligibility.unit.predicates[0].revokedOn tidak boleh sebelum tahun predikatnya (2024)",
    ]);
    expect(problems(withUnit({ predicates: [{ ...predicate, revokedOn: "2026-03-02" }] }))).toEqual([
      "eligibility.unit.predicates[0].revokedOn tidak boleh sesudah tanggal usulan asOf (2026-03-01)",
    ]);
    expect(problems(withUnit({ predicates: [{ ...predicate, revokedOn: "2024-01-01", predicate: "WBBB", source: "SENDIRI" }] }))).toEqual([
      'eligibility.unit.predicates[0].predicate harus "WBK" atau "WBBM"',
      'eligibility.unit.predicates[0].source harus "TPN" atau "MANDIRI"',
    ]);
  });

  it("names the contradicting dates in the same run as the other problems", () => {
    const predicates = [{ year: "2024", predicate: "WBK", source: "TPN", revokedOn: null }, { year: 2024, predicate: "WBK", source: "TPN", revokedOn: "2023-01-01" }];
    expect(problems(withUnit({ sakipInternal: "E", ziSinceWbk: "2027-01-01", predicates }))).toEqual([
      "eligibility.unit.sakipInternal harus salah satu dari \"AA\", \"A\", \"BB\", \"B\", \"CC\", \"C\", \"D\", atau null",
      "eligibility.unit.predicates[0].year harus tahun (bilangan bulat empat angka)",
      "eligibility.unit.ziSinceWbk tidak boleh sesudah tanggal usulan asOf (2026-03-01)",
      "eligibility.unit.predicates[1].revokedOn tidak boleh sebelum tahun predikatnya (2024)",
    ]);
    expect(problems({ ...valid, asOf: "kemarin", unit: { ...valid.unit, ziSinceWbk: "2027-01-01" } })).toEqual([
      "eligibility.asOf harus tanggal yang sah berformat YYYY-MM-DD",
    ]);
  });

  it("names absent and unknown keys, and a value that is no object", () => {
    const { coreService: _dropped, ...unit } = valid.unit;
    expect(problems({ ...valid, unit: { ...unit, coreservice: true } })).toEqual([
      "eligibility.unit.coreService wajib ada (null bila belum diisi)",
      "eligibility.unit.coreservice tidak dikenal",
    ]);
    expect(problems({ asOf: valid.asOf, unit: valid.unit })).toEqual(["eligibility.instansi wajib ada"]);
    expect(problems([])).toEqual(["eligibility harus berupa objek"]);
    expect(problems(null)).toEqual(["eligibility harus berupa objek"]);
    expect(problems({ ...valid, unit: { ...valid.unit, predicates: "2024" } })).toEqual(["eligibility.unit.predicates harus daftar predikat ([] bila belum ada)"]);
    expect(parseEligibilityFacts({ ...valid, instansi: 1 }, "unit")).toEqual({ ok: false, problems: ["unit.instansi harus berupa objek"] });
  });
});
