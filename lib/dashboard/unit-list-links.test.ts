import { describe, expect, it } from "vitest";
import { pageWindow, unitListHref } from "./unit-list-links";

describe("unitListHref", () => {
  it("keeps the year and lands on the list, leaving defaults out", () => {
    expect(unitListHref({ path: "/dasbor", year: 2025, query: {} })).toBe("/dasbor?tahun=2025#daftar-unit");
    expect(unitListHref({ path: "/pimpinan", year: 2025, query: { sort: "nilai", page: 1 } })).toBe("/pimpinan?tahun=2025#daftar-unit");
  });

  it("keeps every other parameter of the query", () => {
    const href = unitListHref({ path: "/dasbor", year: 2024, query: { search: "Dinas & Badan", state: "FINAL", readiness: "belum", sort: "nama", page: 3 } });
    const url = new URL(href, "http://x");
    expect(url.pathname).toBe("/dasbor");
    expect(Object.fromEntries(url.searchParams)).toEqual({ tahun: "2024", cari: "Dinas & Badan", status: "FINAL", kesiapan: "belum", urut: "nama", halaman: "3" });
    expect(url.hash).toBe("#daftar-unit");
  });
});

describe("pageWindow", () => {
  it("lists every page when there are few", () => {
    expect(pageWindow(1, 1)).toEqual([1]);
    expect(pageWindow(3, 5)).toEqual([1, 2, 3, 4, 5]);
  });

  it("keeps first, last and two either side of the current page, with gaps", () => {
    expect(pageWindow(15, 30)).toEqual([1, null, 13, 14, 15, 16, 17, null, 30]);
    expect(pageWindow(1, 30)).toEqual([1, 2, 3, null, 30]);
    expect(pageWindow(30, 30)).toEqual([1, null, 28, 29, 30]);
  });

  it("shows a single missing page rather than a gap", () => {
    expect(pageWindow(5, 30)).toEqual([1, 2, 3, 4, 5, 6, 7, null, 30]);
    expect(pageWindow(26, 30)).toEqual([1, null, 24, 25, 26, 27, 28, 29, 30]);
  });

  it("stays bounded however many pages there are", () => {
    expect(pageWindow(500, 1000).length).toBeLessThanOrEqual(9);
  });
});
