import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { defaultPeriodName, PeriodDeadlineSchema, PeriodOpenSchema, PeriodReopenSchema } from "./schemas";

const unitA = crypto.randomUUID();
const unitB = crypto.randomUUID();
const valid = { year: 2025, name: "  ", lkeVersionId: " pm90-2021 ", deadline: "2025-05-31", unitIds: [unitA, unitB, unitA] };
const paths = (result: { error?: { issues: { path: PropertyKey[] }[] } }) => result.error?.issues.map((i) => i.path.join(".")).sort();

// 10 March 2025, 23:30 WIB = 16:30 UTC: still 10 March in the westernmost zone.
beforeEach(() => vi.useFakeTimers({ now: new Date("2025-03-10T16:30:00Z") }));
afterEach(() => vi.useRealTimers());

describe("PeriodOpenSchema", () => {
  it("gives a blank name the usual one, trims, and removes repeated units", () => {
    expect(PeriodOpenSchema.parse(valid)).toEqual({
      year: 2025,
      name: "Evaluasi Zona Integritas Tahun 2025",
      lkeVersionId: "pm90-2021",
      deadline: "2025-05-31",
      unitIds: [unitA, unitB],
    });
    expect(defaultPeriodName(2030)).toBe("Evaluasi Zona Integritas Tahun 2030");
  });

  it("accepts its own output again (the form's values are parsed once more by the action)", () => {
    const once = PeriodOpenSchema.parse({ ...valid, name: "Evaluasi ZI 2025 (perubahan)" });
    expect(PeriodOpenSchema.parse(once)).toEqual(once);
  });

  it("takes today in WIB (the earliest Indonesian date; the mutation checks the instansi's zone) as the earliest deadline", () => {
    expect(PeriodOpenSchema.safeParse({ ...valid, deadline: "2025-03-10" }).success).toBe(true);
    const yesterday = PeriodOpenSchema.safeParse({ ...valid, deadline: "2025-03-09" });
    expect(yesterday.error?.issues).toMatchObject([{ path: ["deadline"], message: "Batas waktu paling cepat hari ini" }]);
    vi.setSystemTime(new Date("2025-03-10T17:00:00Z")); // 00:00 WIB on 11 March
    expect(PeriodOpenSchema.safeParse({ ...valid, deadline: "2025-03-10" }).success).toBe(false);
  });

  it("refuses a missing year, an empty unit list, no LKE version and an impossible date, each on its field", () => {
    const result = PeriodOpenSchema.safeParse({ ...valid, year: Number.NaN, unitIds: [], lkeVersionId: "", deadline: "2025-02-30" });
    expect(paths(result)).toEqual(["deadline", "lkeVersionId", "unitIds", "year"]);
    expect(result.error?.issues.find((i) => i.path[0] === "unitIds")?.message).toBe("Pilih minimal satu unit");
    expect(result.error?.issues.find((i) => i.path[0] === "deadline")?.message).toBe("Isi tanggal batas waktu");
  });

  it("refuses a unit that is not an id and a year outside 2020–2100", () => {
    expect(paths(PeriodOpenSchema.safeParse({ ...valid, year: 2019, unitIds: ["dinkes"] }))).toEqual(["unitIds.0", "year"]);
    expect(paths(PeriodOpenSchema.safeParse({ ...valid, year: 2025.5 }))).toEqual(["year"]);
  });
});

describe("PeriodDeadlineSchema and PeriodReopenSchema", () => {
  it("needs the period's id and a date from today", () => {
    const id = crypto.randomUUID();
    expect(PeriodDeadlineSchema.safeParse({ id, deadline: "2025-06-30" }).success).toBe(true);
    expect(paths(PeriodDeadlineSchema.safeParse({ id: "x", deadline: "2025-01-01" }))).toEqual(["deadline", "id"]);
  });

  it("needs a reason of at least 10 characters after trimming", () => {
    const id = crypto.randomUUID();
    expect(PeriodReopenSchema.safeParse({ id, reason: "   singkat   " }).success).toBe(false);
    expect(PeriodReopenSchema.parse({ id, reason: " Perpanjangan atas surat Sekda " }).reason).toBe("Perpanjangan atas surat Sekda");
  });
});
