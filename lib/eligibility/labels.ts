import { formatIsoDate } from "./calendar";
import type { ConditionKey, ConditionLevel, ConditionOutcome, ConditionState, Route, ServiceCategory, Target, TargetEligibility } from "./types";

// The rule's words for people, in the regulation's terms (PermenPAN-RB 5/2024 pages 4–5 for Tabel
// 5 and the affirmation route, 90/2021 Tabel 6 and Bab IV C). Screens, the LHE and exports use
// these; the command line prints keys only.

export const TARGET_LABELS: Record<Target, string> = { WBK: "Menuju WBK", WBBM: "Menuju WBBM" };
export const STATE_LABELS: Record<ConditionState, string> = { MET: "Terpenuhi", UNMET: "Belum terpenuhi", MISSING: "Belum diisi" };
export const ROUTE_LABELS: Record<Route, string> = { REGULER: "Jalur reguler", AFIRMASI: "Jalur afirmasi" };
export const LEVEL_LABELS: Record<ConditionLevel, string> = { INSTANSI: "Tingkat instansi pemerintah", UNIT: "Tingkat unit kerja/satuan kerja" };

/** Page 5, a–f, in the regulation's words. */
export const SERVICE_CATEGORY_LABELS: Record<ServiceCategory, string> = {
  RSUD: "Rumah sakit umum daerah",
  DUKCAPIL: "Dinas kependudukan dan catatan sipil",
  SAMSAT: "Sistem administrasi manunggal satu atap (SAMSAT)",
  PTSP: "Pelayanan terpadu satu pintu (PTSP)",
  PENDIDIKAN: "Pelayanan pendidikan",
  KETENAGAKERJAAN: "Pelayanan ketenagakerjaan",
  LAINNYA: "Lainnya",
};

/** Tabel 5's rows for one target; `required` is the condition's own ("minimal BB", "minimal CC" for a Pemda). */
export function conditionLabel(condition: ConditionKey, target: Target, required: string): string {
  switch (condition) {
    case "opiniBpk": return `Opini BPK ${required}`;
    case "sakip": return `Predikat SAKIP ${required}`;
    case "indeksRb": return `Indeks RB ${required}`;
    case "spip": return `Level maturitas SPIP ${required}`;
    case "coreService": return "Unit kerja/satuan kerja merupakan core layanan instansinya";
    case "significantImpact": return "Memberikan dampak signifikan terhadap persepsi masyarakat tentang kualitas birokrasi";
    case "followUp": return "Tingkat penyelesaian tindak lanjut hasil pengawasan/pemeriksaan APIP/BPK 100%";
    case "lhkpnLhkasn": return "Kepatuhan penyampaian LHKPN dan LHKASN 100%";
    case "ziOneYear": return `Sudah membangun ZI ${TARGET_LABELS[target]} minimal satu tahun`;
    case "sakipInternal": return `Predikat SAKIP dari evaluasi internal ${required}`;
  }
}

const AREA_NAMES: Record<string, string> = {
  MP: "Manajemen Perubahan",
  TL: "Penataan Tatalaksana",
  SDM: "Penataan Sistem Manajemen SDM",
  AK: "Penguatan Akuntabilitas",
  PW: "Penguatan Pengawasan",
  PP: "Peningkatan Kualitas Pelayanan Publik",
};

const TABEL_6_LABELS: Record<string, string> = {
  totalMin: "Nilai total belum mencapai batas",
  pengungkitMin: "Nilai komponen pengungkit belum mencapai batas",
  bersihAkuntabelMin: "Nilai Pemerintah yang Bersih dan Akuntabel belum mencapai batas",
  surveiAntiKorupsiMin: "Nilai Survei Persepsi Anti Korupsi belum mencapai batas",
  kinerjaLebihBaikMin: "Nilai Kinerja Lebih Baik belum mencapai batas",
  pelayananPrimaMin: "Nilai Pelayanan Publik yang Prima belum mencapai batas",
  requiresWbk: "Unit kerja belum mendapatkan predikat Menuju WBK",
};

/** An unmet Tabel 6 rule by its key ("totalMin", "areaMinPercent:MP"). */
export function tabel6Label(key: string): string {
  const [rule = key, area] = key.split(":");
  if (rule === "areaMinPercent") return `Nilai area ${AREA_NAMES[area ?? ""] ?? area} belum mencapai batas persentase`;
  return TABEL_6_LABELS[rule] ?? key;
}

export function lockSentence(lockedUntil: string): string {
  return `Predikat dicabut; tidak dapat diusulkan sebelum ${formatIsoDate(lockedUntil)}`;
}

function pendingLabel(c: ConditionOutcome, target: Target): string {
  const label = conditionLabel(c.condition, target, c.required);
  return c.state === "MISSING" ? `${label} (belum diisi)` : label;
}

function stateText(c: ConditionOutcome): string {
  const state = STATE_LABELS[c.state].toLowerCase();
  return c.state === "MISSING" ? state : `${state} (${c.actual})`;
}

export type EligibilityDescription = {
  /** One of "Memenuhi syarat usulan (jalur reguler)", "Memenuhi syarat usulan — jalur afirmasi (…)", "Belum memenuhi". */
  headline: string;
  /** Afirmasi: the Tabel 5 conditions still in process; Belum memenuhi: every reason, the lock first. */
  reasons: string[];
};

/**
 * The outcome for one target as a reader sees it. Each Tabel 5 and Tabel 6 reason names its
 * target ("Menuju WBBM: …"), so the conditions of WBBM are never read as WBK's; the lock bars
 * both targets and is said once.
 */
export function describeEligibility(t: TargetEligibility, target: Target): EligibilityDescription {
  const pending = t.conditions.filter((c) => c.state !== "MET");
  if (t.route === "REGULER") return { headline: "Memenuhi syarat usulan (jalur reguler)", reasons: [] };
  if (t.route === "AFIRMASI") {
    const items = pending.map((c) => pendingLabel(c, target));
    return { headline: `Memenuhi syarat usulan — jalur afirmasi (Tabel 5 masih dalam proses: ${items.join("; ")})`, reasons: items };
  }
  const prefix = `${TARGET_LABELS[target]}: `;
  const reasons = [
    ...(t.lockedUntil === null ? [] : [lockSentence(t.lockedUntil)]),
    ...t.tabel6.map((key) => `${prefix}Tabel 6 — ${tabel6Label(key)}`),
    ...pending.map((c) => `${prefix}Tabel 5 — ${conditionLabel(c.condition, target, c.required)}: ${stateText(c)}`),
  ];
  return { headline: "Belum memenuhi", reasons };
}
