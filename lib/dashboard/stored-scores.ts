import "server-only";
import type { Db } from "@/lib/db/create-client";
import type { LkeVersion } from "@/lib/lke/schema";
import { scoreBothMaps } from "@/lib/review/score-both";
import { loadAnswerMaps } from "./answer-maps";
import { BothSummariesSchema, SCORE_SUMMARY_FORMAT, summarizeBoth, type BothSummaries } from "./score-summary";

// The period dashboard's scores: each assessment's summary as stored in AssessmentScore when it
// is current, else scored now from its answers and stored for the next reader. Reading a period
// of 600 units thus costs 600 small rows, and only what changed since is scored again.

/** AssessmentScore as the dashboard selects it (null: no answer was ever saved). */
export type StoredScoreRow = { answersVersion: number; scoredVersion: number | null; format: number | null; summary: unknown };
export const storedScoreSelect = { answersVersion: true, scoredVersion: true, format: true, summary: true } as const;

/** One gap per side: the period dashboard shows the largest one. */
const GAPS = 1;

function current(row: StoredScoreRow): BothSummaries | null {
  if (row.format !== SCORE_SUMMARY_FORMAT || row.scoredVersion !== row.answersVersion) return null;
  const parsed = BothSummariesSchema.safeParse(row.summary);
  return parsed.success ? parsed.data : null;
}

/**
 * Summaries for the given assessments of one LKE version. The version each stale summary is
 * stored under is the one read BEFORE its answers, so a write that lands in between leaves it
 * stale (scored again next time) rather than passing an old score for a new one.
 */
export async function summariesOf({ db, lke, assessments }: { db: Db; lke: LkeVersion; assessments: readonly { id: string; score: StoredScoreRow | null }[] }): Promise<Map<string, BothSummaries>> {
  const result = new Map<string, BothSummaries>();
  const stale: { id: string; version: number }[] = [];
  let empty: BothSummaries | undefined;
  for (const { id, score } of assessments) {
    if (!score || score.answersVersion === 0) {
      empty ??= summarizeBoth(scoreBothMaps({ lke, unit: {}, tpi: {} }), GAPS);
      result.set(id, empty);
      continue;
    }
    const stored = current(score);
    if (stored) result.set(id, stored);
    else stale.push({ id, version: score.answersVersion });
  }
  if (stale.length === 0) return result;

  const answers = await loadAnswerMaps({ db, assessmentIds: stale.map((s) => s.id) });
  const fresh = stale.map(({ id, version }) => {
    const summary = summarizeBoth(scoreBothMaps({ lke, ...(answers.get(id) ?? { unit: {}, tpi: {} }) }), GAPS);
    result.set(id, summary);
    return { id, version, summary };
  });
  await storeSummaries(db, fresh);
  return result;
}

/**
 * Keeps what was just scored; only where no answer changed since (answersVersion still the one
 * read). A failure here costs the next reader a re-score, never this page, so it is logged only.
 */
async function storeSummaries(db: Db, fresh: readonly { id: string; version: number; summary: BothSummaries }[]): Promise<void> {
  try {
    await db.$executeRaw`
      UPDATE "AssessmentScore" AS s
      SET "summary" = f.summary, "scoredVersion" = f.version, "format" = ${SCORE_SUMMARY_FORMAT}, "scoredAt" = now()
      FROM (SELECT unnest(${fresh.map((f) => f.id)}::uuid[]) AS id,
                   unnest(${fresh.map((f) => f.version)}::int[]) AS version,
                   unnest(${fresh.map((f) => JSON.stringify(f.summary))}::jsonb[]) AS summary) AS f
      WHERE s."assessmentId" = f.id AND s."answersVersion" = f.version`;
  } catch (error) {
    console.error("[dashboard] could not store score summaries", error);
  }
}
