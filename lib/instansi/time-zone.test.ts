import { describe, expect, it } from "vitest";
import { dateColumn, dateInZone, endOfDayInZone, isCalendarDate, isoDayOf, yearInZone } from "./time-zone";

describe("dates in the instansi's time zone", () => {
  it("stores a deadline as the last millisecond of that day in WIB, WITA or WIT", () => {
    expect(endOfDayInZone("2025-05-31", "WIB").toISOString()).toBe("2025-05-31T16:59:59.999Z");
    expect(endOfDayInZone("2025-05-31", "WITA").toISOString()).toBe("2025-05-31T15:59:59.999Z");
    expect(endOfDayInZone("2025-05-31", "WIT").toISOString()).toBe("2025-05-31T14:59:59.999Z");
    expect(endOfDayInZone("2024-12-31", "WIB").toISOString()).toBe("2024-12-31T16:59:59.999Z");
    expect(endOfDayInZone("2024-02-29", "WIB").toISOString()).toBe("2024-02-29T16:59:59.999Z");
  });

  it("reads an instant back as its date in the zone, across the UTC midnight", () => {
    expect(dateInZone(new Date("2025-05-31T16:59:59.999Z"), "WIB")).toBe("2025-05-31");
    expect(dateInZone(new Date("2025-05-31T17:00:00.000Z"), "WIB")).toBe("2025-06-01");
    // 15:30 UTC: still 31 May in Jakarta, already 1 June in Jayapura.
    expect(dateInZone(new Date("2025-05-31T15:30:00Z"), "WIB")).toBe("2025-05-31");
    expect(dateInZone(new Date("2025-05-31T15:30:00Z"), "WIT")).toBe("2025-06-01");
    expect(yearInZone(new Date("2024-12-31T17:00:00Z"), "WIB")).toBe(2025);
    expect(yearInZone(new Date("2024-12-31T15:30:00Z"), "WITA")).toBe(2024);
    for (const zone of ["WIB", "WITA", "WIT"] as const) expect(dateInZone(endOfDayInZone("2026-01-15", zone), zone)).toBe("2026-01-15");
  });

  it.each(["2025-02-29", "2025-13-01", "2025-5-31", "31-05-2025", ""])("does not take %j for a date", (date) => {
    expect(isCalendarDate(date)).toBe(false);
    expect(() => endOfDayInZone(date, "WIB")).toThrow(RangeError);
    expect(() => dateColumn(date)).toThrow(RangeError);
  });

  it("round-trips a DATE column through YYYY-MM-DD", () => {
    expect(dateColumn("2024-02-29").toISOString()).toBe("2024-02-29T00:00:00.000Z");
    expect(isoDayOf(dateColumn("2024-02-29"))).toBe("2024-02-29");
  });
});
