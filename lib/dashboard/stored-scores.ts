import "server-only";
import type { Db } from "@/lib/db/create-client";
import type { LkeVersion } from "@/lib/lke/schema";
import { scoreBothMaps } from "@/lib/review/score-both";
import type { Target } from "@/lib/review/transitions/result";
import { loadAnswerMaps } from "./answer-maps";
import { BothSummariesSchema, SCORE_SUMMARY_FORMAT, SUMMARY_HOLDS_WBK, summarizeBoth, type BothSummaries } from "./score-summary";

// The period dashboard's scores, as stored in AssessmentScore when current, else scored now
// from the answers and stored for the next reader. The whole period's list reads only the
// columns (totals, predicates, TPI progress); the units on screen then read their summary. So
// reading 600 units costs 600 short rows, and only what changed since is scored again.

/** What the list needs of both sides of one assessment. */
export type ListScores = { unit: { total: number; predicate: Target | null }; tpi: { total: number; predicate: Target | null; answered: number } };

/** AssessmentScore's columns as the list selects them (null: no answer was ever saved). */
export type ListScoreRow = {
  answersVersion: number;
  scoredVersion: number | null;
  format: number | null;
  unitTotal: number | null;
  unitPredicate: string | null;
  tpiTotal: number | null;
  tpiPredicate: string | null;
  tpiAnswered: number | null;
};
export const listScoreSelect = {
  answersVersion: true,
  scoredVersion: true,
  format: true,
  unitTotal: true,
  unitPredicate: true,
  tpiTotal: true,
  tpiPredicate: true,
  tpiAnswered: true,
} as const;

/** One gap per side is stored: the period dashboard shows the largest one. */
const GAPS = 1;

const isCurrent = (row: { answersVersion: number; scoredVersion: number | null; format: number | null }) =>
  row.format === SCORE_SUMMARY_FORMAT && row.scoredVersion === row.answersVersion;
const asTarget = (value: string | null): Target | null => (value === "WBK" || value === "WBBM" ? value : null);

export function listScoresOfSummary({ unit, tpi }: BothSummaries): ListScores {
  return { unit: { total: unit.total, predicate: unit.predicate }, tpi: { total: tpi.total, predicate: tpi.predicate, answered: tpi.answered } };
}

const emptySummaries = new WeakMap<LkeVersion, BothSummaries>();
/** The summary of an assessment nobody has answered yet (the same for every such assessment). */
function emptySummary(lke: LkeVersion): BothSummaries {
  let summary = emptySummaries.get(lke);
  if (!summary) {
    summary = summarizeBoth(lke, scoreBothMaps({ lke, unit: {}, tpi: {}, holdsWbk: SUMMARY_HOLDS_WBK }), GAPS);
    emptySummaries.set(lke, summary);
  }
  return summary;
}

/**
 * The list's scores for every given assessment of one LKE version. Stale ones are scored from
 * their answers and stored; their full summaries come back in `scored` for summariesOf.
 */
export async function listScoresOf({ db, lke, assessments }: { db: Db; lke: LkeVersion; assessments: readonly { id: string; score: ListScoreRow | null }[] }): Promise<{ scores: Map<string, ListScores>; scored: Map<string, BothSummaries> }> {
  const scores = new Map<string, ListScores>();
  const stale: Stale[] = [];
  for (const { id, score } of assessments) {
    if (!score || score.answersVersion === 0) scores.set(id, listScoresOfSummary(emptySummary(lke)));
    else if (isCurrent(score) && score.unitTotal !== null && score.tpiTotal !== null && score.tpiAnswered !== null) {
      scores.set(id, {
        unit: { total: score.unitTotal, predicate: asTarget(score.unitPredicate) },
        tpi: { total: score.tpiTotal, predicate: asTarget(score.tpiPredicate), answered: score.tpiAnswered },
      });
    } else stale.push({ id, version: score.answersVersion });
  }
  const scored = await scoreAndStore(db, lke, stale);
  for (const [id, summary] of scored) scores.set(id, listScoresOfSummary(summary));
  return { scores, scored };
}

/**
 * The full summaries of a few assessments (those on screen): what `scored` already holds, else
 * the stored summary when current, else scored now.
 */
export async function summariesOf({ db, lke, ids, scored = new Map() }: { db: Db; lke: LkeVersion; ids: readonly string[]; scored?: ReadonlyMap<string, BothSummaries> }): Promise<Map<string, BothSummaries>> {
  const result = new Map<string, BothSummaries>();
  const missing = ids.filter((id) => {
    const known = scored.get(id);
    if (known) result.set(id, known);
    return !known;
  });
  if (missing.length === 0) return result;
  const rows = await db.assessmentScore.findMany({ where: { assessmentId: { in: missing } }, select: { assessmentId: true, answersVersion: true, scoredVersion: true, format: true, summary: true } });
  const byId = new Map(rows.map((r) => [r.assessmentId, r]));
  const stale: Stale[] = [];
  for (const id of missing) {
    const row = byId.get(id);
    const parsed = row && isCurrent(row) ? BothSummariesSchema.safeParse(row.summary) : null;
    if (!row || row.answersVersion === 0) result.set(id, emptySummary(lke));
    else if (parsed?.success) result.set(id, parsed.data);
    else stale.push({ id, version: row.answersVersion });
  }
  for (const [id, summary] of await scoreAndStore(db, lke, stale)) result.set(id, summary);
  return result;
}

type Stale = { id: string; version: number };

/**
 * Scores stale assessments from their answers and stores each summary under the version read
 * BEFORE its answers, only where that is still the version: a save landing in between leaves
 * the row stale (scored again next time) rather than passing an old score for a new one.
 */
async function scoreAndStore(db: Db, lke: LkeVersion, stale: readonly Stale[]): Promise<Map<string, BothSummaries>> {
  const scored = new Map<string, BothSummaries>();
  if (stale.length === 0) return scored;
  const answers = await loadAnswerMaps({ db, assessmentIds: stale.map((s) => s.id) });
  for (const { id } of stale) scored.set(id, summarizeBoth(lke, scoreBothMaps({ lke, ...(answers.get(id) ?? { unit: {}, tpi: {} }), holdsWbk: SUMMARY_HOLDS_WBK }), GAPS));
  await storeSummaries(db, stale.map((s) => ({ ...s, summary: scored.get(s.id)! })));
  return scored;
}

/** A failure here costs the next reader a re-score, never this page, so it is logged only. */
async function storeSummaries(db: Db, fresh: readonly { id: string; version: number; summary: BothSummaries }[]): Promise<void> {
  const column = <T>(pick: (s: BothSummaries) => T) => fresh.map((f) => pick(f.summary));
  try {
    await db.$executeRaw`
      UPDATE "AssessmentScore" AS s
      SET "summary" = f.summary, "scoredVersion" = f.version, "format" = ${SCORE_SUMMARY_FORMAT}, "scoredAt" = now(),
          "unitTotal" = f.unit_total, "unitPredicate" = f.unit_predicate,
          "tpiTotal" = f.tpi_total, "tpiPredicate" = f.tpi_predicate, "tpiAnswered" = f.tpi_answered
      FROM (SELECT unnest(${fresh.map((f) => f.id)}::uuid[]) AS id,
                   unnest(${fresh.map((f) => f.version)}::int[]) AS version,
                   unnest(${fresh.map((f) => JSON.stringify(f.summary))}::jsonb[]) AS summary,
                   unnest(${column((s) => s.unit.total)}::float8[]) AS unit_total,
                   unnest(${column((s) => s.unit.predicate)}::text[]) AS unit_predicate,
                   unnest(${column((s) => s.tpi.total)}::float8[]) AS tpi_total,
                   unnest(${column((s) => s.tpi.predicate)}::text[]) AS tpi_predicate,
                   unnest(${column((s) => s.tpi.answered)}::int[]) AS tpi_answered) AS f
      WHERE s."assessmentId" = f.id AND s."answersVersion" = f.version`;
  } catch (error) {
    console.error("[dashboard] could not store score summaries", error);
  }
}
