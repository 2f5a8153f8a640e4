import { z } from "zod";
import { AREA_CODES, type AreaCode } from "@/lib/lke/schema";
import { FailingCheckSchema, TargetSchema, type FailingCheck } from "@/lib/review/transitions/result";
import type { BothScores } from "@/lib/review/score-both";
import type { ScoreResult } from "@/lib/scoring/score-types";
import type { Check } from "@/lib/scoring/tabel6-checks";
import { lhkpnLhkasnState } from "@/lib/eligibility/lhkpn-lhkasn";
import type { LkeVersion } from "@/lib/lke/schema";

// What the dashboards need of lib/scoring's result for one side of an assessment, small enough
// to be stored per assessment (AssessmentScore.summary) and read for 600 units at once. Pure.

/**
 * Bump when the summary's shape or lib/scoring's rules change: stored summaries of another
 * format are recomputed on the next read. score-summary.test.ts pins a digest of this format's
 * output, so a change in scoring that forgets this bump fails a test.
 */
export const SCORE_SUMMARY_FORMAT = 2;

/**
 * Summaries are scored as if the unit already held Menuju WBK, so their WBBM predicate and
 * failing list speak of WBBM's own score rules only. Whether the unit holds WBK comes from the
 * predicate register when the summary is read (lib/dashboard/rows applyRegister): a register
 * change then needs no re-scoring.
 */
export const SUMMARY_HOLDS_WBK = true;

const GapRefSchema = z.object({ code: z.string(), gain: z.number(), answered: z.boolean() });
const SideSummarySchema = z.object({
  total: z.number(),
  areas: z.record(z.enum(AREA_CODES), z.number()),
  predicate: TargetSchema.nullable(),
  failing: z.object({ WBK: z.array(FailingCheckSchema), WBBM: z.array(FailingCheckSchema) }),
  answered: z.number().int(),
  questions: z.number().int(),
  /** The largest gaps first (lib/scoring's ranking), as many as were asked for. */
  gaps: z.array(GapRefSchema),
  /** LHKPN and LHKASN compliance on this side's values (Tabel 5 unit level). */
  lhkpnLhkasn: z.enum(["MET", "UNMET", "MISSING"]),
});
export const BothSummariesSchema = z.object({ unit: SideSummarySchema, tpi: SideSummarySchema });

export type GapRef = z.infer<typeof GapRefSchema>;
export type SideSummary = z.infer<typeof SideSummarySchema>;
export type BothSummaries = z.infer<typeof BothSummariesSchema>;
/** Without completeness and gaps: what a stored evaluation also gives. */
export type ScoreSummary = Pick<SideSummary, "total" | "areas" | "predicate" | "failing">;

const failingOf = (checks: Check[]): FailingCheck[] =>
  checks.filter((c) => !c.pass).map((c) => ({ rule: c.area ? `${c.rule}:${c.area}` : c.rule, label: c.label, actual: c.actual, required: c.required }));

export function summarizeSide(lke: LkeVersion, score: ScoreResult, gapLimit: number): SideSummary {
  const areas = Object.fromEntries(AREA_CODES.map((code) => [code, score.areas[code].percent])) as Record<AreaCode, number>;
  return {
    total: score.total,
    areas,
    predicate: score.predicate,
    failing: { WBK: failingOf(score.checks.WBK), WBBM: failingOf(score.checks.WBBM) },
    answered: score.completeness.answered,
    questions: score.completeness.total,
    gaps: score.gaps.slice(0, gapLimit).map((g) => ({ code: g.question, gain: g.gain, answered: g.answered })),
    lhkpnLhkasn: lhkpnLhkasnState({ lke, score }),
  };
}

/** Both sides of an assessment; the period dashboard keeps one gap per side, the unit page ten. */
export function summarizeBoth(lke: LkeVersion, scores: BothScores, gapLimit: number): BothSummaries {
  return { unit: summarizeSide(lke, scores.unit, gapLimit), tpi: summarizeSide(lke, scores.tpi, gapLimit) };
}
