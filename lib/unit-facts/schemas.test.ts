import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { PredicateRevocationSchema, UnitAttributesSchema, UnitPredicateSchema, UnitYearFactSchema } from "./schemas";

const unitId = crypto.randomUUID();
const issues = (result: { error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries((result.error?.issues ?? []).map((i) => [i.path.join("."), i.message]));

// 2 December 2026, 16:30 UTC: still the 2nd in Jakarta (23:30 WIB), already the 3rd in Jayapura (01:30 WIT).
beforeEach(() => vi.useFakeTimers({ now: new Date("2026-12-02T16:30:00Z") }));
afterEach(() => vi.useRealTimers());

describe("UnitAttributesSchema", () => {
  const valid = { unitId, serviceCategory: "PTSP", coreService: "YA", significantImpact: "", ziSinceWbk: "2025-01-15", ziSinceWbbm: " " };

  it("reads Ya/Tidak/belum diisi and blank dates, and takes its own output again", () => {
    const once = UnitAttributesSchema.parse(valid);
    expect(once).toEqual({ unitId, serviceCategory: "PTSP", coreService: true, significantImpact: null, ziSinceWbk: "2025-01-15", ziSinceWbbm: null });
    expect(UnitAttributesSchema.parse(once)).toEqual(once);
    expect(UnitAttributesSchema.parse({ ...valid, coreService: "TIDAK" }).coreService).toBe(false);
  });

  it("refuses an unknown category and a pencanangan date in the future, naming the field", () => {
    expect(issues(UnitAttributesSchema.safeParse({ ...valid, serviceCategory: "BANDARA", ziSinceWbbm: "2026-12-04", coreService: "MUNGKIN" }))).toEqual({
      serviceCategory: "Pilih kategori layanan yang dikenal",
      ziSinceWbbm: "Tanggal pencanangan menuju WBBM tidak boleh setelah hari ini",
      coreService: "Pilih layanan inti: ya, tidak, atau belum diisi",
    });
    expect(issues(UnitAttributesSchema.safeParse({ ...valid, ziSinceWbk: "2025-02-30" }))).toEqual({ ziSinceWbk: "Isi tanggal pencanangan menuju wbk dengan tanggal yang benar" });
  });

  it("takes today in the easternmost zone (the mutation checks the instansi's zone again)", () => {
    expect(UnitAttributesSchema.safeParse({ ...valid, ziSinceWbk: "2026-12-03" }).success).toBe(true);
  });
});

describe("UnitYearFactSchema", () => {
  const valid = { unitId, year: 2026, sakipInternal: "BB", followUpPercent: "98,5" };

  it.each([
    ["98,5", 98.5], ["98.50", 98.5], ["100", 100], ["0", 0], [99.99, 99.99], ["", null], [null, null],
  ])("reads the percentage %j as %j", (input, expected) => {
    expect(UnitYearFactSchema.parse({ ...valid, followUpPercent: input }).followUpPercent).toBe(expected);
  });

  it.each(["100,01", "101", "-1", "99,999", "sembilan puluh", "1e2"])("refuses the percentage %j on its field", (input) => {
    expect(Object.keys(issues(UnitYearFactSchema.safeParse({ ...valid, followUpPercent: input })))).toEqual(["followUpPercent"]);
  });

  it("refuses an unknown grade and a year past next year; blank grade is belum diisi", () => {
    expect(issues(UnitYearFactSchema.safeParse({ ...valid, sakipInternal: "A+", year: 2028 }))).toEqual({
      sakipInternal: "Pilih predikat SAKIP internal yang dikenal (AA, A, BB, B, CC, C, D)",
      year: "Tahun paling jauh tahun depan",
    });
    expect(UnitYearFactSchema.parse({ ...valid, sakipInternal: "", year: 2027 })).toMatchObject({ sakipInternal: null, year: 2027 });
  });
});

describe("UnitPredicateSchema", () => {
  const valid = { unitId, year: 2024, predicate: "WBK", source: "MANDIRI", decreeNumber: "KEP/12/2024", decreeDate: "2024-12-10" };

  it("accepts a predicate of an earlier year with its decree", () => {
    expect(UnitPredicateSchema.parse(valid)).toEqual(valid);
  });

  it("refuses a predicate year in the future and a decree dated before its year or after today", () => {
    expect(issues(UnitPredicateSchema.safeParse({ ...valid, year: 2027, decreeDate: "2026-12-01" }))).toEqual({
      year: "Tahun predikat tidak boleh setelah tahun ini",
      decreeDate: "Tanggal keputusan tidak boleh sebelum tahun predikat",
    });
    expect(issues(UnitPredicateSchema.safeParse({ ...valid, decreeDate: "2023-12-31" }))).toEqual({ decreeDate: "Tanggal keputusan tidak boleh sebelum tahun predikat" });
    expect(issues(UnitPredicateSchema.safeParse({ ...valid, year: 2026, decreeDate: "2026-12-04" }))).toEqual({ decreeDate: "Tanggal keputusan tidak boleh setelah hari ini" });
  });

  it("refuses an unknown predicate or source", () => {
    expect(Object.keys(issues(UnitPredicateSchema.safeParse({ ...valid, predicate: "WBBK", source: "BPK" }))).sort()).toEqual(["predicate", "source"]);
  });
});

describe("PredicateRevocationSchema", () => {
  it("needs a decree number and a date not after today", () => {
    const predicateId = crypto.randomUUID();
    expect(PredicateRevocationSchema.safeParse({ predicateId, revocationNumber: "KEP/1/2026", revokedOn: "2026-11-30" }).success).toBe(true);
    expect(issues(PredicateRevocationSchema.safeParse({ predicateId, revocationNumber: " ", revokedOn: "2026-12-05" }))).toEqual({
      revocationNumber: "Nomor keputusan pencabutan minimal 3 karakter",
      revokedOn: "Tanggal pencabutan tidak boleh setelah hari ini",
    });
  });
});
