import { describe, expect, it } from "vitest";
import { monitoringStanding } from "./monitoring-standing";

const report = (conclusion: "MASIH_MEMENUHI" | "TIDAK_MEMENUHI") => ({ id: "r", monitoredOn: "2026-03-02", conclusion, score: 80, notes: "", reportNumber: null, assessment: null });
const running = { id: "a", periodName: "Evaluasi ZI Tahun 2027", year: 2027, state: "DRAFT" as const };
const base = { reports: [], inProgress: [], overdue: false, due: "2027-12-10" };

describe("monitoringStanding", () => {
  it("puts a report of tidak memenuhi first, even while a new monitoring runs", () => {
    expect(monitoringStanding({ ...base, overdue: true, reports: [report("TIDAK_MEMENUHI")], inProgress: [running] })).toEqual({
      tone: "red",
      text: "laporan 2 Maret 2026: tidak memenuhi kriteria; monitoring baru berjalan (Evaluasi ZI Tahun 2027)",
    });
  });

  it("then a running monitoring, then an overdue one, then the last report, then none yet", () => {
    expect(monitoringStanding({ ...base, overdue: true, inProgress: [running] })).toEqual({ tone: "slate", text: "penilaian monitoring berjalan (Evaluasi ZI Tahun 2027)" });
    expect(monitoringStanding({ ...base, overdue: true, reports: [report("MASIH_MEMENUHI")] })).toEqual({ tone: "amber", text: "monitoring lewat jatuh tempo 10 Desember 2027" });
    expect(monitoringStanding({ ...base, reports: [report("MASIH_MEMENUHI")] })).toEqual({ tone: "green", text: "laporan 2 Maret 2026: masih memenuhi kriteria" });
    expect(monitoringStanding(base)).toEqual({ tone: "slate", text: "belum dimonitor; jatuh tempo 10 Desember 2027" });
  });
});
