import { describe, expect, it } from "vitest";
import { decideEligibility } from "./decide-eligibility";
import { conditionLabel, describeEligibility, SERVICE_CATEGORY_LABELS, tabel6Label } from "./labels";
import { evaluateTabel5 } from "./tabel5-conditions";
import { failingChecks, input } from "./test-support";

// The sentences of issue 10 for the LHE, the unit page and the dashboards: Tabel 5 of
// PermenPAN-RB 5/2024 page 4, the affirmation route of page 5, the lock of 90/2021 page 64.

describe("conditionLabel", () => {
  it("labels each Tabel 5 row with its requirement for the target", () => {
    const labels = (target: "WBK" | "WBBM", kind: "PEMDA" | "KL") =>
      evaluateTabel5(input({ instansi: { kind } }), target).map((c) => conditionLabel(c.condition, target, c.required));
    expect(labels("WBK", "PEMDA")).toEqual([
      "Opini BPK minimal WTP",
      "Predikat SAKIP minimal B",
      "Indeks RB minimal CC",
      "Level maturitas SPIP minimal level 3",
      "Unit kerja/satuan kerja merupakan core layanan instansinya",
      "Memberikan dampak signifikan terhadap persepsi masyarakat tentang kualitas birokrasi",
      "Tingkat penyelesaian tindak lanjut hasil pengawasan/pemeriksaan APIP/BPK 100%",
      "Kepatuhan penyampaian LHKPN dan LHKASN 100%",
      "Sudah membangun ZI Menuju WBK minimal satu tahun",
      "Predikat SAKIP dari evaluasi internal minimal B",
    ]);
    expect(labels("WBBM", "KL").filter((l) => /SAKIP|Indeks|ZI/.test(l))).toEqual([
      "Predikat SAKIP minimal BB", "Indeks RB minimal BB", "Sudah membangun ZI Menuju WBBM minimal satu tahun", "Predikat SAKIP dari evaluasi internal minimal BB",
    ]);
  });

  it("names Tabel 6 rules and the six affirmation categories", () => {
    expect(tabel6Label("areaMinPercent:PW")).toBe("Nilai area Penguatan Pengawasan belum mencapai batas persentase");
    expect(tabel6Label("requiresWbk")).toBe("Unit kerja belum mendapatkan predikat Menuju WBK");
    expect(SERVICE_CATEGORY_LABELS.SAMSAT).toBe("Sistem administrasi manunggal satu atap (SAMSAT)");
  });
});

describe("describeEligibility", () => {
  it("says reguler in one line", () => {
    expect(describeEligibility(decideEligibility(input()).WBK, "WBK")).toEqual({ headline: "Memenuhi syarat usulan (jalur reguler)", reasons: [] });
  });

  it("lists the Tabel 5 conditions still in process on the affirmation route", () => {
    const decided = decideEligibility(input({ instansi: { opiniBpk: "WDP" }, unit: { serviceCategory: "PTSP", followUpPercent: null } }));
    expect(describeEligibility(decided.WBK, "WBK").headline).toBe(
      "Memenuhi syarat usulan — jalur afirmasi (Tabel 5 masih dalam proses: Opini BPK minimal WTP; " +
        "Tingkat penyelesaian tindak lanjut hasil pengawasan/pemeriksaan APIP/BPK 100% (belum diisi))",
    );
  });

  it("gives every reason for 'Belum memenuhi', labelled with WBBM's own conditions", () => {
    const decided = decideEligibility(input({ instansi: { sakip: "B" }, unit: { ziSinceWbbm: null }, checks: failingChecks }));
    const { headline, reasons } = describeEligibility(decided.WBBM, "WBBM");
    expect(headline).toBe("Belum memenuhi");
    expect(reasons.slice(0, 2)).toEqual(["Menuju WBBM: Tabel 6 — Nilai total belum mencapai batas", "Menuju WBBM: Tabel 6 — Nilai komponen pengungkit belum mencapai batas"]);
    expect(reasons.slice(-2)).toEqual([
      "Menuju WBBM: Tabel 5 — Predikat SAKIP minimal BB: belum terpenuhi (B)",
      "Menuju WBBM: Tabel 5 — Sudah membangun ZI Menuju WBBM minimal satu tahun: belum diisi",
    ]);
    expect(reasons).toHaveLength(12 + 2);
  });

  it("puts the revocation lock first, with its date", () => {
    const register = [{ year: 2023, predicate: "WBK" as const, source: "TPN" as const, revokedOn: "2025-06-10" }];
    const decided = decideEligibility(input({ unit: { predicates: register } }));
    expect(describeEligibility(decided.WBK, "WBK")).toEqual({
      headline: "Belum memenuhi",
      reasons: ["Predikat dicabut; tidak dapat diusulkan sebelum 10 Juni 2027"],
    });
  });
});
