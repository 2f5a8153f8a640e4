import { describe, expect, it } from "vitest";
import { holdsWbkOn, lockedUntilOn } from "./predicates";
import type { PredicateRecord } from "./types";

const wbk = (year: number, changes: Partial<PredicateRecord> = {}): PredicateRecord => ({
  year, predicate: "WBK", source: "TPN", revokedOn: null, ...changes,
});

describe("holdsWbkOn (Tabel 6 of PermenPAN-RB 90/2021: Menuju WBBM needs Menuju WBK held)", () => {
  it("counts a Menuju WBK from TPN or from evaluasi mandiri alike (PermenPAN-RB 5/2024 page 7)", () => {
    expect(holdsWbkOn([wbk(2024)], "2026-03-01")).toBe(true);
    expect(holdsWbkOn([wbk(2024, { source: "MANDIRI" })], "2026-03-01")).toBe(true);
    expect(holdsWbkOn([wbk(2024, { predicate: "WBBM" })], "2026-03-01")).toBe(true);
    expect(holdsWbkOn([], "2026-03-01")).toBe(false);
  });

  it("counts a predicate of asOf's year, not one of a later year", () => {
    expect(holdsWbkOn([wbk(2026)], "2026-01-01")).toBe(true);
    expect(holdsWbkOn([wbk(2027)], "2026-12-31")).toBe(false);
  });

  it("does not count a predicate revoked on or before asOf, but one revoked later still held then", () => {
    expect(holdsWbkOn([wbk(2023, { revokedOn: "2025-04-30" })], "2025-05-01")).toBe(false);
    expect(holdsWbkOn([wbk(2023, { revokedOn: "2025-05-01" })], "2025-05-01")).toBe(false);
    expect(holdsWbkOn([wbk(2023, { revokedOn: "2025-05-02" })], "2025-05-01")).toBe(true);
    expect(holdsWbkOn([wbk(2021, { revokedOn: "2022-01-10" }), wbk(2024, { source: "MANDIRI" })], "2026-03-01")).toBe(true);
  });
});

describe("lockedUntilOn (PermenPAN-RB 90/2021 Lampiran II Bab IV C, pages 63–64: 2 years after the revocation)", () => {
  const revoked = [wbk(2022, { revokedOn: "2024-03-15" })];

  it("locks until the second anniversary of the revocation, and not on that day", () => {
    expect(lockedUntilOn(revoked, "2024-03-15")).toBe("2026-03-15");
    expect(lockedUntilOn(revoked, "2026-03-14")).toBe("2026-03-15");
    expect(lockedUntilOn(revoked, "2026-03-15")).toBeNull();
    expect(lockedUntilOn(revoked, "2026-03-16")).toBeNull();
  });

  it("ignores a revocation after asOf and takes the latest of several", () => {
    expect(lockedUntilOn(revoked, "2024-03-14")).toBeNull();
    const twice = [...revoked, wbk(2023, { predicate: "WBBM", revokedOn: "2025-01-20" })];
    expect(lockedUntilOn(twice, "2026-06-01")).toBe("2027-01-20");
    expect(lockedUntilOn([wbk(2024)], "2026-06-01")).toBeNull();
  });

  it("counts two years from 29 February to 28 February", () => {
    const leap = [wbk(2023, { revokedOn: "2024-02-29" })];
    expect(lockedUntilOn(leap, "2026-02-27")).toBe("2026-02-28");
    expect(lockedUntilOn(leap, "2026-02-28")).toBeNull();
  });
});
