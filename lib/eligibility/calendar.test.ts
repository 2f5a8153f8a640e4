import { afterEach, describe, expect, it } from "vitest";
import { addCalendarYears, formatIsoDate, yearOf } from "./calendar";

// PermenPAN-RB 5/2024 page 4 ("minimal satu tahun") and 90/2021 page 64 ("selang 2 tahun"):
// years are counted on the calendar, from a day to the same day.

describe("addCalendarYears", () => {
  it("lands on the same calendar day", () => {
    expect(addCalendarYears("2025-03-01", 1)).toBe("2026-03-01");
    expect(addCalendarYears("2023-03-01", 1)).toBe("2024-03-01");
    expect(addCalendarYears("2025-12-31", 2)).toBe("2027-12-31");
  });

  it("takes 28 February for the anniversary of 29 February in a year without one (the rule for 29 February)", () => {
    expect(addCalendarYears("2024-02-29", 1)).toBe("2025-02-28");
    expect(addCalendarYears("2024-02-29", 2)).toBe("2026-02-28");
    expect(addCalendarYears("2024-02-29", 4)).toBe("2028-02-29");
    expect(addCalendarYears("2023-02-28", 1)).toBe("2024-02-28");
  });

  describe("in any time zone of the process", () => {
    const original = process.env.TZ;
    afterEach(() => {
      if (original === undefined) delete process.env.TZ;
      else process.env.TZ = original;
    });

    // Santiago moved its clocks at midnight (8 September 2024, 7 September 2025): local midnight
    // did not exist that day, so a day read as local midnight must still stay that day.
    it.each(["Asia/Jakarta", "Asia/Jayapura", "America/Santiago", "Pacific/Kiritimati", "UTC"])("%s", (zone) => {
      process.env.TZ = zone;
      expect(addCalendarYears("2024-09-08", 1)).toBe("2025-09-08");
      expect(addCalendarYears("2023-09-07", 1)).toBe("2024-09-07");
      expect(addCalendarYears("2024-02-29", 1)).toBe("2025-02-28");
      expect(formatIsoDate("2024-09-08")).toBe("8 September 2024");
    });
  });
});

describe("formatIsoDate and yearOf", () => {
  it("prints the day in Bahasa Indonesia and reads its year", () => {
    expect(formatIsoDate("2024-02-29")).toBe("29 Februari 2024");
    expect(formatIsoDate("2027-06-10")).toBe("10 Juni 2027");
    expect(yearOf("2026-01-01")).toBe(2026);
  });
});
