import type { LkeVersion } from "@/lib/lke/schema";
import type { ScoreResult } from "@/lib/scoring/score-types";
import { decideFor } from "./judge";
import { lhkpnLhkasnState } from "./lhkpn-lhkasn";
import { holdsWbkOn } from "./predicates";
import { parseEligibilityFacts } from "./schemas";
import { NO_CONFIRMATIONS } from "./stored";
import type { ConditionKey, ConditionLevel, Eligibility, EligibilityFacts, IsoDate, Route, Target } from "./types";

// The rule on a scored LKE: what finalize and the score CLI share. The score must come from
// scoreAssessment with holdsWbk = holdsWbkOn(predicates, asOf), so that Menuju WBBM's Tabel 6 rule
// "telah mendapatkan predikat Menuju WBK" reads the predicate register, never a tick.

/** The rule for a unit whose evaluated LKE scored `score`; throws if the score used another holdsWbk. */
export function decideEligibilityForScore({ lke, score, facts }: { lke: LkeVersion; score: ScoreResult; facts: EligibilityFacts }): Eligibility {
  const holdsWbk = holdsWbkOn(facts.unit.predicates, facts.asOf);
  const scored = score.checks.WBBM.find((c) => c.rule === "requiresWbk");
  if (scored !== undefined && scored.actual !== holdsWbk) {
    throw new Error(`Nilai dihitung dengan holdsWbk=${String(scored.actual)}, register predikat pada ${facts.asOf} mengatakan ${String(holdsWbk)}`);
  }
  return decideFor({ facts, confirmations: NO_CONFIRMATIONS, lhkpnLhkasn: lhkpnLhkasnState({ lke, score }), checks: score.checks }).eligibility;
}

/** The CLI's `eligibility` output (issue 10): keys and states only, no labels. */
export type EligibilityOutput = Record<
  Target,
  {
    eligible: boolean;
    route: Route | null;
    tabel6: string[];
    tabel5: { level: ConditionLevel; condition: ConditionKey; state: "UNMET" | "MISSING" }[];
    lockedUntil: IsoDate | null;
  }
>;

export function toEligibilityOutput(eligibility: Eligibility): EligibilityOutput {
  const side = (target: Target): EligibilityOutput[Target] => {
    const { eligible, route, tabel6, conditions, lockedUntil } = eligibility[target];
    const tabel5 = conditions.flatMap(({ level, condition, state }) => (state === "MET" ? [] : [{ level, condition, state }]));
    return { eligible, route, tabel6, tabel5, lockedUntil };
  };
  return { WBK: side("WBK"), WBBM: side("WBBM") };
}

export type EligibilityRequest = { ok: true; facts: EligibilityFacts; holdsWbk: boolean } | { ok: false; problems: string[] };

/**
 * The score CLI's `eligibility` key. With it, holdsWbk comes from the predicate register, so a
 * file that also sets holdsWbk says two things about one fact and is refused.
 */
export function parseEligibilityRequest({ eligibility, holdsWbk }: { eligibility: unknown; holdsWbk: boolean | undefined }): EligibilityRequest {
  const problems: string[] = [];
  if (holdsWbk !== undefined) {
    problems.push('Kunci "holdsWbk" tidak boleh dipakai bersama "eligibility": predikat Menuju WBK dibaca dari eligibility.unit.predicates');
  }
  const parsed = parseEligibilityFacts(eligibility);
  if (!parsed.ok) problems.push(...parsed.problems);
  if (!parsed.ok || problems.length > 0) return { ok: false, problems };
  return { ok: true, facts: parsed.facts, holdsWbk: holdsWbkOn(parsed.facts.unit.predicates, parsed.facts.asOf) };
}
