import { formatDate, STATE_LABELS } from "@/lib/format";
import type { InstansiProfile } from "@/lib/instansi/profile";
import { findQuestion } from "@/lib/lke/sections";
import { AREA_CODES } from "@/lib/lke/schema";
import { describeEligibility } from "@/lib/eligibility/labels";
import { TARGETS } from "@/lib/eligibility/types";
import { RESULT_LABELS, type Target } from "@/lib/review/transitions/result";
import type { AssessmentExport } from "./load-assessment";
import { BASIS_LABELS, predicateLabel, type ResultCheck, summarizeResult } from "./result-summary";

// What the Laporan Hasil Evaluasi says, as plain data: every number from lib/scoring (through
// scoreBothSides) or from the result stored at finalization, which lib/scoring computed too.

export type LheData = {
  /** "Pemerintah Kabupaten …", from the instansi profile. */
  instansiName: string;
  /** The head of the instansi, to whom the LHE is addressed ("Bupati …"). */
  headTitle: string;
  unitName: string;
  periodName: string;
  year: number;
  stateLabel: string;
  dateLabel: string;
  areaThresholds: Record<Target, number>;
  /** Whose percentages the thresholds are read against: the TPI's once the review has begun. */
  thresholdSide: "unit" | "tpi";
  areas: { code: string; name: string; weight: number; unitScore: number; unitPercent: number; tpiScore: number; tpiPercent: number }[];
  components: { code: string; name: string; weight: number; unit: number; tpi: number }[];
  total: { unit: number; tpi: number };
  result: { heading: string; predicateLine: string; target: Target | null; failing: ResultCheck[] };
  /** Per target: "Memenuhi syarat usulan (jalur reguler)" … with its reasons (PermenPAN-RB 5/2024 Bab II A). */
  proposal: { target: string; eligible: boolean; headline: string; reasons: string[] }[];
  notes: { code: string; text: string; note: string }[];
};

function resultOf(data: AssessmentExport): LheData["result"] {
  const summary = summarizeResult(data);
  return {
    heading: BASIS_LABELS[summary.basis],
    predicateLine: `${summary.basis === "final" ? "Predikat" : "Predikat sementara (Tabel 6)"}: ${predicateLabel(summary.predicate)}`,
    target: summary.target,
    failing: summary.failing,
  };
}

function proposalOf(data: AssessmentExport): LheData["proposal"] {
  const { eligibility, basis } = summarizeResult(data);
  const suffix = basis === "final" ? "" : " (perkiraan, belum final)";
  return TARGETS.map((target) => ({ target: `${RESULT_LABELS[target]}${suffix}`, eligible: eligibility[target].eligible, ...describeEligibility(eligibility[target], target) }));
}

export function buildLheData(data: AssessmentExport, now: Date, instansi: InstansiProfile): LheData {
  const { assessment, lke, scores, answers, final } = data;
  const notes = [...answers.values()]
    .filter((a) => a.tpiNote && a.tpiNote.trim() !== "")
    .map((a) => ({ code: a.questionCode, text: findQuestion(lke, a.questionCode)?.text ?? "", note: a.tpiNote ?? "" }));
  const order = new Map(scores.tpi.questions.map((q, i) => [q.code, i]));
  notes.sort((a, b) => (order.get(a.code) ?? 0) - (order.get(b.code) ?? 0));
  return {
    instansiName: instansi.name,
    headTitle: instansi.headTitle,
    unitName: assessment.unit.name,
    periodName: assessment.period.name,
    year: assessment.period.year,
    stateLabel: STATE_LABELS[assessment.state],
    dateLabel: formatDate(final?.finalizedAt ?? now, instansi.timeZone),
    thresholdSide: summarizeResult(data).basis === "unit" ? "unit" : "tpi",
    areaThresholds: { WBK: lke.thresholds.WBK.areaMinPercent, WBBM: lke.thresholds.WBBM.areaMinPercent },
    areas: AREA_CODES.map((code) => {
      const u = scores.unit.areas[code];
      const t = scores.tpi.areas[code];
      return { code, name: u.name, weight: u.weight, unitScore: u.score, unitPercent: u.percent, tpiScore: t.score, tpiPercent: t.percent };
    }),
    components: scores.unit.components.map((c, i) => ({ code: c.code, name: c.name, weight: c.weight, unit: c.score, tpi: scores.tpi.components[i]?.score ?? 0 })),
    total: { unit: scores.unit.total, tpi: scores.tpi.total },
    result: resultOf(data),
    proposal: proposalOf(data),
    notes,
  };
}
