import type { LkeVersion } from "@/lib/lke/schema";
import { listIndicatorEntries } from "@/lib/lke/walk";
import type { ScoreResult } from "@/lib/scoring/score-types";
import type { ConditionState } from "./types";

// Tabel 5 "Kepatuhan Penyampaian LHKASN dan LHKPN 100%" (PermenPAN-RB 5/2024 page 4) read from the
// evaluated LKE rather than from a tick: the Reform questions on LHKPN and LHKASN (PermenPAN-RB
// 90/2021 Lampiran III, indicator "Penyampaian Laporan Harta Kekayaan", split in the LKE data into
// the indicators …lhkpn and …lhkasn) must both be worth 1, i.e. 100% reported.

/** The last segment of the two indicators' codes in the LKE data (A.II.5.iii.lhkpn, A.II.5.iii.lhkasn). */
const REPORT_INDICATORS = ["lhkpn", "lhkasn"] as const;

const questionsCache = new WeakMap<LkeVersion, string[] | null>();

/** The codes of the LHKPN and LHKASN questions of this LKE version; null if it lacks either indicator. */
export function listLhkpnLhkasnQuestions(lke: LkeVersion): string[] | null {
  const cached = questionsCache.get(lke);
  if (cached !== undefined) return cached;
  const indicators = listIndicatorEntries(lke).map((e) => e.indicator);
  const found = REPORT_INDICATORS.map((segment) => indicators.find((i) => i.code.split(".").at(-1) === segment));
  const codes = found.every((i) => i !== undefined) ? found.flatMap((i) => i.questions.map((q) => q.code)) : null;
  questionsCache.set(lke, codes);
  return codes;
}

/**
 * MET when every LHKPN and LHKASN question is answered and worth exactly 1; MISSING when one of
 * them is unanswered (or the LKE version has no such questions); otherwise UNMET. Pass the score
 * of the evaluated answers (the TPI's, once reviewed). A value is the JS number nearest to an
 * exact count ratio capped at 1, and a ratio of counts below 2^52 is never rounded to 1, so
 * `=== 1` is exact here.
 */
export function lhkpnLhkasnState({ lke, score }: { lke: LkeVersion; score: ScoreResult }): ConditionState {
  const codes = listLhkpnLhkasnQuestions(lke);
  if (codes === null) return "MISSING";
  const byCode = new Map(score.questions.map((q) => [q.code, q]));
  const questions = codes.map((code) => byCode.get(code));
  if (questions.some((q) => q === undefined || !q.answered)) return "MISSING";
  return questions.every((q) => q?.value === 1) ? "MET" : "UNMET";
}
