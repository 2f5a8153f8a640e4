import type { LkeVersion } from "@/lib/lke/schema";
import { listQuestionEntries } from "@/lib/lke/walk";
import { describeAnswerInline } from "@/lib/review/describe-answer";
import type { BothScores } from "@/lib/review/score-both";
import type { ScoreResult } from "@/lib/scoring/score-types";

// Pure: one unit's record for TPN's channel (PMPZI, PermenPAN-RB 90/2021 Lampiran II Bab II,
// page 50): per question the unit's and the TPI's answer and value, the notes and the bukti
// dukung. Every number comes from lib/scoring's results; nothing is computed here.

// @2 added `monitoring` (JSON) and `monitoring_predikat` (CSV, last column): the TPI reports its
// monitoring of predicate holders through PMPZI (90/2021 Lampiran II Bab IV A, page 61, items 3–4).
export const PMPZI_SCHEMA = "portal-zi/pmpzi-export@2";

export type PmpziEvidence = { kind: "FILE" | "LINK"; name: string | null; url: string; sha256: string | null; size: number | null };
export type PmpziQuestion = {
  code: string;
  text: string;
  unit: { answer: unknown; answerText: string; value: number | null; note: string | null };
  tpi: { answer: unknown; answerText: string; value: number | null; note: string | null };
  evidence: PmpziEvidence[];
};
export type PmpziUnit = {
  unitCode: string;
  unitName: string;
  state: string;
  proposal: { target: "WBK" | "WBBM"; route: "REGULER" | "AFIRMASI" } | null;
  /** The predicate this LKE monitors, when it is the TPI's monitoring of a predicate holder. */
  monitoring: { predicate: "WBK" | "WBBM"; year: number; decreeNumber: string } | null;
  totals: { unit: number; tpi: number };
  questions: PmpziQuestion[];
};

export type RowAnswer = { unitValue: unknown; tpiValue: unknown; tpiNote: string | null };

/** A question's value (0–1) as lib/scoring reports it; null while unanswered. */
function questionValues(score: ScoreResult): Map<string, number | null> {
  return new Map(score.questions.map((q) => [q.code, q.answered ? q.value : null]));
}

const answerText = (question: Parameters<typeof describeAnswerInline>[0], value: unknown): string =>
  value === null || value === undefined ? "" : describeAnswerInline(question, value);

export type UnitRecordInput = {
  unit: { code: string; name: string };
  state: string;
  proposal: PmpziUnit["proposal"];
  monitoring: PmpziUnit["monitoring"];
  lke: LkeVersion;
  scores: BothScores;
  answers: ReadonlyMap<string, RowAnswer & { unitNote: string | null }>;
  evidence: ReadonlyMap<string, PmpziEvidence[]>;
};

export function buildUnitRecord({ unit, state, proposal, monitoring, lke, scores, answers, evidence }: UnitRecordInput): PmpziUnit {
  const unitValues = questionValues(scores.unit);
  const tpiValues = questionValues(scores.tpi);
  const questions = listQuestionEntries(lke).map(({ question }) => {
    const answer = answers.get(question.code);
    return {
      code: question.code,
      text: question.text,
      unit: { answer: answer?.unitValue ?? null, answerText: answerText(question, answer?.unitValue), value: unitValues.get(question.code) ?? null, note: answer?.unitNote ?? null },
      tpi: { answer: answer?.tpiValue ?? null, answerText: answerText(question, answer?.tpiValue), value: tpiValues.get(question.code) ?? null, note: answer?.tpiNote ?? null },
      evidence: evidence.get(question.code) ?? [],
    };
  });
  return { unitCode: unit.code, unitName: unit.name, state, proposal, monitoring, totals: { unit: scores.unit.total, tpi: scores.tpi.total }, questions };
}

export const PMPZI_CSV_HEADER = [
  "kode_unit", "nama_unit", "status", "usulan_target", "usulan_jalur", "kode_pertanyaan", "pertanyaan",
  "jawaban_unit", "nilai_unit", "catatan_unit", "jawaban_tpi", "nilai_tpi", "catatan_tpi", "bukti_dukung", "monitoring_predikat",
];

/** One CSV record per question; numbers with a dot (machine-read), bukti dukung as "name <url>" joined by " | ". */
export function csvRecords(unit: PmpziUnit): string[][] {
  const num = (v: number | null) => (v === null ? "" : String(Math.round(v * 10_000) / 10_000));
  return unit.questions.map((q) => [
    unit.unitCode, unit.unitName, unit.state, unit.proposal?.target ?? "", unit.proposal?.route ?? "", q.code, q.text,
    q.unit.answerText, num(q.unit.value), q.unit.note ?? "", q.tpi.answerText, num(q.tpi.value), q.tpi.note ?? "",
    q.evidence.map((e) => `${e.name ?? e.url} <${e.url}>`).join(" | "),
    unit.monitoring ? `${unit.monitoring.predicate} ${unit.monitoring.year}` : "",
  ]);
}
