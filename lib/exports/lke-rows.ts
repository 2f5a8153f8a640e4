import type { Indicator, LkeVersion, Question } from "@/lib/lke/schema";
import { LKE_ROLES } from "@/lib/lke/roles";
import { describeAnswerInline } from "@/lib/review/describe-answer";
import type { BothScores } from "@/lib/review/score-both";
import type { ScoreResult } from "@/lib/scoring/score-types";

// The LKE worksheet as rows, in the order of Lampiran III. Every number is read from the two
// ScoreResults of lib/scoring; nothing is summed or weighted here.

export type LkeRowKind = "component" | "part" | "area" | "indicator" | "question" | "subtotal" | "total";
/** One side's cells: the answer as text, the question value (0–1) and the score. */
export type SideCells = { answer: string; value: number | null; score: number | null };
export type LkeRow = { kind: LkeRowKind; level: number; code: string; text: string; weight: number | null; unit: SideCells; tpi: SideCells; tpiNote: string };
export type RowAnswer = { unitValue: unknown; tpiValue: unknown; tpiNote: string | null };

const EMPTY: SideCells = { answer: "", value: null, score: null };

type Lookup = { node: (code: string) => number | null; indicator: (code: string) => number | null; question: (code: string) => number | null };

function lookup(score: ScoreResult): Lookup {
  const nodes = new Map<string, number>([...score.components, ...score.parts].map((n) => [n.code, n.score]));
  const indicators = new Map(score.indicators.map((i) => [i.code, i.score]));
  const questions = new Map(score.questions.map((q) => [q.code, q.answered ? q.value : null]));
  return { node: (c) => nodes.get(c) ?? null, indicator: (c) => indicators.get(c) ?? null, question: (c) => questions.get(c) ?? null };
}

/** An area node's score: the area's Pemenuhan or Reform half, as lib/scoring reports it. */
function areaScore(score: ScoreResult, partCode: string, area: keyof ScoreResult["areas"]): number | null {
  if (partCode === LKE_ROLES.pemenuhan) return score.areas[area].pemenuhan;
  if (partCode === LKE_ROLES.reform) return score.areas[area].reform;
  return null;
}

const scoreCells = (score: number | null): SideCells => ({ ...EMPTY, score });

export function buildLkeRows({ lke, scores, answers }: { lke: LkeVersion; scores: BothScores; answers: ReadonlyMap<string, RowAnswer> }): LkeRow[] {
  const unit = lookup(scores.unit);
  const tpi = lookup(scores.tpi);
  const rows: LkeRow[] = [];
  const heading = (kind: LkeRowKind, level: number, code: string, text: string, weight: number | null): void => {
    rows.push({ kind, level, code, text, weight, unit: EMPTY, tpi: EMPTY, tpiNote: "" });
  };
  const subtotal = (level: number, code: string, text: string, weight: number, unitScore: number | null, tpiScore: number | null): void => {
    rows.push({ kind: "subtotal", level, code, text: `Jumlah ${text}`, weight, unit: scoreCells(unitScore), tpi: scoreCells(tpiScore), tpiNote: "" });
  };
  const question = (q: Question, level: number): void => {
    const answer = answers.get(q.code);
    const side = (value: unknown, lk: Lookup): SideCells => ({ answer: value === null || value === undefined ? "" : describeAnswerInline(q, value), value: lk.question(q.code), score: null });
    rows.push({ kind: "question", level, code: q.code, text: q.text, weight: null, unit: side(answer?.unitValue, unit), tpi: side(answer?.tpiValue, tpi), tpiNote: answer?.tpiNote ?? "" });
  };
  const indicators = (list: Indicator[] | undefined, level: number): void => {
    for (const indicator of list ?? []) {
      rows.push({ kind: "indicator", level, code: indicator.code, text: indicator.groupName ? `${indicator.groupName} — ${indicator.name}` : indicator.name, weight: indicator.weight, unit: scoreCells(unit.indicator(indicator.code)), tpi: scoreCells(tpi.indicator(indicator.code)), tpiNote: "" });
      for (const q of indicator.questions) question(q, level + 1);
    }
  };
  for (const component of lke.components) {
    heading("component", 0, component.code, component.name, component.weight);
    for (const part of component.parts) {
      heading("part", 1, part.code, part.name, part.weight);
      for (const area of part.areas ?? []) {
        heading("area", 2, area.code, area.name, area.weight);
        indicators(area.indicators, 3);
        subtotal(2, area.code, area.name, area.weight, areaScore(scores.unit, part.code, area.area), areaScore(scores.tpi, part.code, area.area));
      }
      indicators(part.indicators, 2);
      subtotal(1, part.code, part.name, part.weight, unit.node(part.code), tpi.node(part.code));
    }
    subtotal(0, component.code, `Komponen ${component.name}`, component.weight, unit.node(component.code), tpi.node(component.code));
  }
  rows.push({ kind: "total", level: 0, code: "", text: "NILAI TOTAL", weight: lke.components.reduce((sum, c) => sum + c.weight, 0), unit: scoreCells(scores.unit.total), tpi: scoreCells(scores.tpi.total), tpiNote: "" });
  return rows;
}
