import type { AreaCode } from "@/lib/lke/schema";
import type { Check } from "./tabel6-checks";

// What scoreAssessment returns. Every number is the JS number nearest to the exact result, never
// rounded to a display precision; percents are 0–100.

export type Predicate = "WBBM" | "WBK" | null;

export type QuestionScore = { code: string; answered: boolean; value: number };
export type IndicatorScore = { code: string; area: AreaCode | null; weight: number; score: number };
export type NodeScore = { code: string; name: string; weight: number; score: number };
export type AreaScore = {
  name: string;
  /** Pemenuhan + Reform weight of the area (8 for MP in PM 90/2021). */
  weight: number;
  pemenuhan: number;
  reform: number;
  score: number;
  /** score / weight × 100. */
  percent: number;
};

export type Count = { answered: number; total: number };
export type Completeness = Count & { areas: Record<AreaCode, Count>; hasil: Count };

/** A question whose best answer would add `gain` points to the total. */
export type Gap = { question: string; gain: number; value: number; answered: boolean };

export type ScoreResult = {
  lke: string;
  total: number;
  pengungkit: number;
  hasil: number;
  pemenuhan: number;
  reform: number;
  /** Part B.I, Birokrasi yang Bersih dan Akuntabel. */
  bersihAkuntabel: number;
  /** Part B.II, Pelayanan Publik yang Prima. */
  pelayananPrima: number;
  areas: Record<AreaCode, AreaScore>;
  components: NodeScore[];
  parts: NodeScore[];
  indicators: IndicatorScore[];
  questions: QuestionScore[];
  completeness: Completeness;
  predicate: Predicate;
  checks: { WBK: Check[]; WBBM: Check[] };
  /** Ranked by gain, highest first; ties in LKE order. Only gains above 0. */
  gaps: Gap[];
};
