import { describe, expect, it } from "vitest";
import { decideEligibility } from "@/lib/eligibility/decide-eligibility";
import { failingChecks, input } from "@/lib/eligibility/test-support";
import { approvalBlockers, candidateRefusal, daysUntil, lateness, nextMonitoringDue, quotaRefusal } from "./rules";

// The proposal rules on the real eligibility rule's outcomes (PermenPAN-RB 5/2024 pages 4–6).
const eligible = decideEligibility(input());
const afirmasi = decideEligibility(input({ instansi: { spipLevel: 2 }, unit: { serviceCategory: "RSUD" } }));
const failing = decideEligibility(input({ checks: failingChecks }));
const unit = (over: Partial<Parameters<typeof candidateRefusal>[0]> = {}) => ({ name: "Dinkes", state: "FINAL", eligibility: eligible, lockedUntil: null, ...over });

describe("candidateRefusal", () => {
  it("takes a FINAL eligible unit with its route: reguler, or afirmasi while Tabel 5 is in process (page 5)", () => {
    expect(candidateRefusal(unit(), "WBK")).toEqual({ route: "REGULER" });
    expect(candidateRefusal(unit({ eligibility: afirmasi }), "WBK")).toEqual({ route: "AFIRMASI" });
  });

  it("refuses a unit not FINAL, a lock from a revocation, a missing conclusion and an ineligible target", () => {
    expect(candidateRefusal(unit({ state: "SUBMITTED" }), "WBK")).toEqual({ reason: "Dinkes belum difinalkan TPI; hanya hasil evaluasi FINAL yang dapat diusulkan." });
    expect(candidateRefusal(unit({ lockedUntil: "2027-03-03" }), "WBK")).toEqual({ reason: "Dinkes: predikatnya dicabut; tidak dapat diusulkan sebelum 3 Maret 2027 (PermenPAN-RB 90/2021 Lampiran II Bab IV C)." });
    expect(candidateRefusal(unit({ eligibility: null }), "WBK")).toEqual({ reason: "Dinkes: hasil evaluasi tidak memuat kesimpulan usulan." });
    const refused = candidateRefusal(unit({ eligibility: failing }), "WBBM");
    expect("reason" in refused && refused.reason).toMatch(/^Dinkes tidak memenuhi syarat usulan Menuju WBBM: Menuju WBBM: Tabel 6 — /);
  });
});

describe("quota and approval", () => {
  it("refuses one unit more than the quota, never without one", () => {
    expect(quotaRefusal(null, 500)).toBeNull();
    expect(quotaRefusal(3, 2)).toBeNull();
    expect(quotaRefusal(3, 3)).toBe("Kuota usulan 3 unit sudah terpenuhi; keluarkan unit lain lebih dulu atau ubah kuota.");
  });

  it("lists every blocker: empty, over quota, and each unit no longer eligible for its target", () => {
    expect(approvalBlockers({ units: [], quota: null })).toEqual(["Belum ada unit yang dipilih untuk diusulkan."]);
    const units = [unit(), unit({ name: "RSUD", state: "IN_REVIEW" }), unit({ name: "Bapenda", eligibility: failing })].map((u) => ({ ...u, target: "WBK" as const }));
    const blockers = approvalBlockers({ units, quota: 2 });
    expect(blockers[0]).toBe("Jumlah unit (3) melebihi kuota 2.");
    expect(blockers[1]).toBe("Sejak dipilih, RSUD belum difinalkan TPI; hanya hasil evaluasi FINAL yang dapat diusulkan.");
    expect(blockers[2]).toMatch(/^Sejak dipilih, Bapenda tidak memenuhi syarat usulan Menuju WBK/);
    expect(blockers).toHaveLength(3);
  });
});

describe("deadline and monitoring days", () => {
  it("is on time through the deadline day; late only with a reason", () => {
    expect(lateness({ today: "2026-05-31", deadline: "2026-05-31", reason: null })).toEqual({ late: false });
    expect(lateness({ today: "2026-06-01", deadline: "2026-05-31", reason: null })).toEqual({ refusal: "Batas pengusulan ke TPN (31 Mei 2026) sudah lewat; usulan terlambat hanya dapat disetujui dengan alasan." });
    expect(lateness({ today: "2026-06-01", deadline: "2026-05-31", reason: "Perpanjangan dari TPN" })).toEqual({ late: true });
  });

  it("counts whole days to the deadline, negative after it", () => {
    expect(daysUntil("2026-05-01", "2026-05-31")).toBe(30);
    expect(daysUntil("2026-05-31", "2026-05-31")).toBe(0);
    expect(daysUntil("2026-06-02", "2026-05-31")).toBe(-2);
  });

  it("is due two years after the decree, then two years after the latest monitoring (90/2021 pages 61–62)", () => {
    expect(nextMonitoringDue({ decreeDate: "2024-12-10", monitoredOn: [] })).toBe("2026-12-10");
    expect(nextMonitoringDue({ decreeDate: "2024-12-10", monitoredOn: ["2026-11-01", "2025-06-01"] })).toBe("2028-11-01");
  });
});
