import type { MonitoringConclusion } from "@/lib/db/generated/enums";
import { formatNumber } from "@/lib/format";
import type { StoredEvaluation, Target } from "@/lib/review/transitions/result";
import { TARGET_LABELS } from "./rules";

// What a FINAL monitoring assessment reports (PermenPAN-RB 90/2021 Lampiran II Bab IV A, pages
// 61–62, Gambar 10): whether the unit "masih memenuhi/tidak memenuhi kriteria" of the predicate it
// holds, and the TPI's notes — "1. capaian nilai pengungkit dan hasil", "2. catatan hasil
// monitoring dan evaluasi". Pure: the finalize transaction and the tests use the same rule.
//
// The criteria are Tabel 6 of 90/2021 (the scores a unit must reach for the predicate), judged on
// the TPI's values. Tabel 5 (the proposal prerequisites of 5/2024) is about proposing a unit, not
// about keeping a predicate already awarded, so it does not decide a monitoring (judgement call;
// the text names no other criteria).

export const MONITORING_NOTES_MAX = 4000;

export const CONCLUSION_LABELS: Record<MonitoringConclusion, string> = { MASIH_MEMENUHI: "masih memenuhi", TIDAK_MEMENUHI: "tidak memenuhi" };

type Scored = Pick<StoredEvaluation, "total" | "pengungkit" | "hasil" | "failingChecks">;

export function monitoringConclusion(evaluation: Scored, held: Target): MonitoringConclusion {
  return evaluation.failingChecks[held].length === 0 ? "MASIH_MEMENUHI" : "TIDAK_MEMENUHI";
}

const value = (v: number | boolean): string => (typeof v === "boolean" ? (v ? "ya" : "tidak") : formatNumber(v));

/** A recommendation of the TPI for one LKE page, with the page's name (lib/lke/sections). */
export type PageRecommendation = { page: string; text: string };

/**
 * The notes of the report, in sentences: the scores, the Tabel 6 criteria of the held predicate
 * (met, or each unmet one with its value and minimum), then the TPI's recommendations per page.
 * Cut at MONITORING_NOTES_MAX characters (the report form's limit), marked with "…".
 */
export function monitoringNotes({ evaluation, held, recommendations }: { evaluation: Scored; held: Target; recommendations: readonly PageRecommendation[] }): string {
  const failing = evaluation.failingChecks[held];
  const lines = [
    `Nilai total ${formatNumber(evaluation.total)} (komponen pengungkit ${formatNumber(evaluation.pengungkit)}, komponen hasil ${formatNumber(evaluation.hasil)}).`,
    failing.length === 0
      ? `Seluruh kriteria ${TARGET_LABELS[held]} pada Tabel 6 masih terpenuhi.`
      : `Kriteria ${TARGET_LABELS[held]} pada Tabel 6 yang tidak terpenuhi: ${failing.map((c) => `${c.label} (capaian ${value(c.actual)})`).join("; ")}.`,
  ];
  const written = recommendations.filter((r) => r.text.trim() !== "");
  if (written.length > 0) lines.push(`Rekomendasi TPI: ${written.map((r) => `${r.page}: ${r.text.trim()}`).join(" ")}`);
  const notes = lines.join("\n");
  return notes.length <= MONITORING_NOTES_MAX ? notes : `${notes.slice(0, MONITORING_NOTES_MAX - 1)}…`;
}
