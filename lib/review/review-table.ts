import { toFormValues, type AnswerFormValues } from "@/lib/assessment/answer-form";
import type { LkeTableIndicator, LkeTableArea } from "@/lib/assessment/lke-table";
import type { LkeVersion, Question } from "@/lib/lke/schema";
import { listSections } from "@/lib/lke/sections";
import type { BothScores } from "./score-both";

// The TPI's compact LKE table (issue 12): the unit's answer and value beside the TPI's own, per
// question of the whole LKE. Plain data: it crosses into a client component.

export type ReviewTableRow = {
  code: string;
  question: Question;
  /** The unit's raw answer (an option code, counts or an index) and its value 0–1. */
  unitAnswer: unknown;
  unitValue: number | null;
  /** The TPI's form starts from its own answer, or from the unit's while not yet valued. */
  initialValues: AnswerFormValues;
  tpiValue: number | null;
  reviewed: boolean;
  flag: boolean;
  version: number;
  evidence: number;
  comments: number;
};

export type ReviewTableArea = Omit<LkeTableArea, "indicators"> & { indicators: (Omit<LkeTableIndicator, "rows"> & { rows: ReviewTableRow[] })[] };

type StoredReviewAnswer = { unitValue: unknown; tpiValue: unknown; tpiNote: string | null; tpiFlag: boolean; version: number };

type Options = { lke: LkeVersion; answers: Map<string, StoredReviewAnswer>; scores: BothScores; evidenceCounts: Record<string, number>; commentCounts: Record<string, number> };

const has = (v: unknown) => v !== null && v !== undefined;

export function buildReviewTable({ lke, answers, scores, evidenceCounts, commentCounts }: Options): ReviewTableArea[] {
  const unitValues = new Map(scores.unit.questions.map((q) => [q.code, q.answered ? q.value : null]));
  const tpiValues = new Map(scores.tpi.questions.map((q) => [q.code, q.answered ? q.value : null]));
  const tpiIndicators = new Map(scores.tpi.indicators.map((i) => [i.code, i.score]));
  return listSections(lke).map((section) => ({
    key: section.key,
    area: section.area,
    name: section.name,
    percent: section.area ? scores.tpi.areas[section.area].percent : null,
    indicators: section.groups.map(({ partName, indicator }) => ({
      code: indicator.code,
      name: indicator.groupName ? `${indicator.groupName} — ${indicator.name}` : indicator.name,
      partName,
      weight: indicator.weight,
      score: tpiIndicators.get(indicator.code) ?? 0,
      rows: indicator.questions.map((question) => {
        const stored = answers.get(question.code);
        const reviewed = has(stored?.tpiValue);
        return {
          code: question.code,
          question,
          unitAnswer: stored?.unitValue ?? null,
          unitValue: unitValues.get(question.code) ?? null,
          initialValues: toFormValues(question, reviewed ? stored?.tpiValue : (stored?.unitValue ?? null), stored?.tpiNote ?? null),
          tpiValue: tpiValues.get(question.code) ?? null,
          reviewed,
          flag: stored?.tpiFlag ?? false,
          version: stored?.version ?? 0,
          evidence: evidenceCounts[question.code] ?? 0,
          comments: commentCounts[question.code] ?? 0,
        };
      }),
    })),
  }));
}

export const REVIEW_FILTERS = {
  all: "Semua pertanyaan",
  unreviewed: "Belum dinilai TPI",
  differs: "Berbeda dari unit",
  flagged: "Perlu perbaikan",
  noEvidence: "Tanpa bukti dukung",
} as const;
export type ReviewFilter = keyof typeof REVIEW_FILTERS;

export type ReviewRowState = { reviewed: boolean; unitValue: number | null; tpiValue: number | null; flag: boolean; evidence: number };

const EPSILON = 1e-9;

export function reviewRowMatches(filter: ReviewFilter, row: ReviewRowState): boolean {
  switch (filter) {
    case "all":
      return true;
    case "unreviewed":
      return !row.reviewed;
    case "differs":
      return row.reviewed && Math.abs((row.unitValue ?? 0) - (row.tpiValue ?? 0)) > EPSILON;
    case "flagged":
      return row.flag;
    case "noEvidence":
      return row.evidence === 0;
  }
}
