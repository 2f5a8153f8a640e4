import type { AnswerFormValues } from "./answer-form";
import { toFormValues } from "./answer-form";
import type { Question } from "@/lib/lke/schema";
import type { LkeVersion } from "@/lib/lke/schema";
import { listSections, type SectionKey } from "@/lib/lke/sections";
import type { ScoreResult } from "@/lib/scoring/score-types";

// The compact LKE table (issue 12): one row per question of the whole LKE, grouped by area and
// indicator as the official worksheet. Built on the server from what the area pages already
// read; everything here crosses into a client component, so it is plain data.

export type LkeTableRow = {
  code: string;
  question: Question;
  initialValues: AnswerFormValues;
  version: number;
  /** The unit's value (0–1) as lib/scoring computes it, or null while unanswered. */
  value: number | null;
  evidence: number;
  comments: number;
  needsRecheck: boolean;
  /** Returned by the TPI in the current round (a RETURNED LKE), with the TPI's note. */
  returned: boolean;
  returnedNote: string | null;
  /** The TPI's value when the unit may see it (a RETURNED or FINAL LKE), else null. */
  tpiValue: number | null;
  editable: boolean;
};

export type LkeTableIndicator = { code: string; name: string; partName: string; weight: number; score: number; rows: LkeTableRow[] };
export type LkeTableArea = { key: SectionKey; area: string | null; name: string; percent: number | null; indicators: LkeTableIndicator[] };

type StoredUnitAnswer = { unitValue: unknown; unitNote: string | null; version: number; needsRecheck: boolean };

type Options = {
  lke: LkeVersion;
  answers: Map<string, StoredUnitAnswer>;
  score: ScoreResult;
  evidenceCounts: Record<string, number>;
  commentCounts: Record<string, number>;
  /** Whether the unit may edit its answers at all now (no edit refusal). */
  editable: boolean;
  /** In a RETURNED LKE: the returned questions and the TPI's note; only these are editable then. */
  returned?: Map<string, string | null>;
  /** The TPI's question values when visible to the unit. */
  tpiScore?: ScoreResult;
};

export function buildLkeTable({ lke, answers, score, evidenceCounts, commentCounts, editable, returned, tpiScore }: Options): LkeTableArea[] {
  const values = new Map(score.questions.map((q) => [q.code, q.answered ? q.value : null]));
  const tpiValues = new Map((tpiScore?.questions ?? []).map((q) => [q.code, q.answered ? q.value : null]));
  const indicatorScores = new Map(score.indicators.map((i) => [i.code, i.score]));
  return listSections(lke).map((section) => ({
    key: section.key,
    area: section.area,
    name: section.name,
    percent: section.area ? score.areas[section.area].percent : null,
    indicators: section.groups.map(({ partName, indicator }) => ({
      code: indicator.code,
      name: indicator.groupName ? `${indicator.groupName} — ${indicator.name}` : indicator.name,
      partName,
      weight: indicator.weight,
      score: indicatorScores.get(indicator.code) ?? 0,
      rows: indicator.questions.map((question) => {
        const stored = answers.get(question.code);
        const isReturned = returned?.has(question.code) ?? false;
        return {
          code: question.code,
          question,
          initialValues: toFormValues(question, stored?.unitValue ?? null, stored?.unitNote ?? null),
          version: stored?.version ?? 0,
          value: values.get(question.code) ?? null,
          evidence: evidenceCounts[question.code] ?? 0,
          comments: commentCounts[question.code] ?? 0,
          needsRecheck: stored?.needsRecheck ?? false,
          returned: isReturned,
          returnedNote: isReturned ? (returned?.get(question.code) ?? null) : null,
          tpiValue: tpiValues.get(question.code) ?? null,
          editable: editable || isReturned,
        };
      }),
    })),
  }));
}
