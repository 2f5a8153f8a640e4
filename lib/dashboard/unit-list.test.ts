import { describe, expect, it } from "vitest";
import { row, summary, tpi } from "./row-fixture";
import { DEFAULT_UNIT_LIST_QUERY, isFiltered, listUnitPage, parseUnitListQuery, type UnitListQuery } from "./unit-list";

const query = (overrides: Partial<UnitListQuery> = {}): UnitListQuery => ({ ...DEFAULT_UNIT_LIST_QUERY, ...overrides });

describe("parseUnitListQuery", () => {
  it("reads every parameter", () => {
    expect(parseUnitListQuery({ cari: "  Dinas Kesehatan ", status: "IN_REVIEW", kesiapan: "belum", urut: "nama", halaman: "3" })).toEqual({
      search: "Dinas Kesehatan", state: "IN_REVIEW", readiness: "belum", sort: "nama", page: 3,
    });
  });

  it("falls back to the defaults when nothing is asked", () => {
    expect(parseUnitListQuery({})).toEqual({ search: "", state: null, readiness: null, sort: "nilai", page: 1 });
  });

  it("ignores unknown or malformed values rather than failing", () => {
    expect(parseUnitListQuery({ status: "final", kesiapan: "ya", urut: "acak", halaman: "dua" })).toEqual(DEFAULT_UNIT_LIST_QUERY);
    for (const halaman of ["0", "-2", "1.5", "1e400", "", "9007199254740993"]) expect(parseUnitListQuery({ halaman }).page).toBe(1);
  });

  it("takes the first of repeated parameters and caps a very long search", () => {
    expect(parseUnitListQuery({ status: ["FINAL", "DRAFT"], halaman: ["2", "5"] })).toMatchObject({ state: "FINAL", page: 2 });
    expect(parseUnitListQuery({ cari: "x".repeat(500) }).search).toHaveLength(100);
  });

  it("counts search, state and readiness as filters, not sort or page", () => {
    expect(isFiltered(query({ sort: "nama", page: 4 }))).toBe(false);
    expect([query({ search: "a" }), query({ state: "FINAL" }), query({ readiness: "siap" })].map(isFiltered)).toEqual([true, true, true]);
  });
});

describe("listUnitPage", () => {
  const rows = [
    row("ab", { unitName: "Bapenda", unit: summary(70) }),
    row("cd", { unitName: "Dinas Kesehatan", unit: summary(95), tpi: tpi(80), target: "WBK", state: "IN_REVIEW" }),
    row("ef", { unitName: "Dinas Pendidikan", unit: summary(80), target: "WBK", state: "SUBMITTED" }),
    row("gh", { unitName: "Ajudan", unit: summary(80), state: "FINAL", basis: "FINAL", tpi: tpi(90), target: "WBBM" }),
    row("ij", { unitName: "BKPSDM", unit: summary(70) }),
  ];
  const names = (q: UnitListQuery, pageSize?: number) => listUnitPage(rows, q, pageSize).rows.map((r) => r.unitName);

  it("orders by the judged total, best first, equal totals by name", () => {
    expect(names(query())).toEqual(["Ajudan", "Dinas Kesehatan", "Dinas Pendidikan", "Bapenda", "BKPSDM"]);
  });

  it("orders by name when asked", () => {
    expect(names(query({ sort: "nama" }))).toEqual(["Ajudan", "Bapenda", "BKPSDM", "Dinas Kesehatan", "Dinas Pendidikan"]);
  });

  it("orders numbers in names as numbers", () => {
    const kecamatan = [10, 2, 1].map((n) => row(`k${n}`, { unitName: `Kecamatan ${n}` }));
    expect(listUnitPage(kecamatan, query({ sort: "nama" })).rows.map((r) => r.unitName)).toEqual(["Kecamatan 1", "Kecamatan 2", "Kecamatan 10"]);
    expect(listUnitPage(kecamatan, query()).rows.map((r) => r.unitName)).toEqual(["Kecamatan 1", "Kecamatan 2", "Kecamatan 10"]);
  });

  it("searches name and code case-insensitively, as a substring", () => {
    expect(names(query({ search: "dinas" }))).toEqual(["Dinas Kesehatan", "Dinas Pendidikan"]);
    expect(names(query({ search: "GH" }))).toEqual(["Ajudan"]);
    expect(names(query({ search: "kesehatan" }))).toEqual(["Dinas Kesehatan"]);
  });

  // Only a FINAL TPI evaluation may be proposed (PermenPAN-RB 5/2024 Bab II A); the rest that meet
  // Tabel 6 so far are a perkiraan.
  it("filters by state and by readiness (siap: FINAL only; perkiraan: not final), and combines filters", () => {
    expect(names(query({ state: "SUBMITTED" }))).toEqual(["Dinas Pendidikan"]);
    expect(names(query({ readiness: "siap" }))).toEqual(["Ajudan"]);
    expect(names(query({ readiness: "perkiraan" }))).toEqual(["Dinas Kesehatan", "Dinas Pendidikan"]);
    expect(names(query({ readiness: "belum" }))).toEqual(["Bapenda", "BKPSDM"]);
    expect(names(query({ readiness: "perkiraan", search: "dinas", state: "IN_REVIEW" }))).toEqual(["Dinas Kesehatan"]);
  });

  it("cuts pages and says which rows of how many are shown", () => {
    expect(listUnitPage(rows, query({ page: 2 }), 2)).toMatchObject({ total: 5, page: 2, pageCount: 3, from: 3, to: 4 });
    expect(names(query({ page: 2 }), 2)).toEqual(["Dinas Pendidikan", "Bapenda"]);
    expect(names(query({ page: 3 }), 2)).toEqual(["BKPSDM"]);
  });

  it("shows the last page when asked for one beyond it", () => {
    expect(listUnitPage(rows, query({ page: 99 }), 2)).toMatchObject({ page: 3, from: 5, to: 5 });
  });

  it("reports one empty page when nothing matches", () => {
    expect(listUnitPage(rows, query({ search: "tidak ada", page: 4 }))).toEqual({ rows: [], total: 0, page: 1, pageCount: 1, from: 0, to: 0 });
  });

  it("never shows more than a page, however many units the period has", () => {
    const many = Array.from({ length: 600 }, (_, i) => row(`u${i}`, { unit: summary(i % 100) }));
    const page = listUnitPage(many, query({ page: 2 }));
    expect(page).toMatchObject({ total: 600, pageCount: 30, from: 21, to: 40 });
    expect(page.rows).toHaveLength(20);
    expect(many).toHaveLength(600);
    expect(many[0]!.unitCode).toBe("U0");
  });
});
