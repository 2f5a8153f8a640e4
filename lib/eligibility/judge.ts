import type { ScoreResult } from "@/lib/scoring/score-types";
import type { LkeVersion } from "@/lib/lke/schema";
import { decideEligibility } from "./decide-eligibility";
import { lhkpnLhkasnState } from "./lhkpn-lhkasn";
import { holdsWbkOn } from "./predicates";
import { type Confirmations, type EligibilityInputs } from "./stored";
import type { ConditionState, Eligibility, EligibilityFacts, UnitFacts } from "./types";

// Pure: one assessment's proposal eligibility from the TPI's score and the facts the portal keeps
// (instansi Tabel 5, unit facts, predicate register), with the ketua tim's confirmations. Finalize
// stores what this returns; the finalize form previews it with the same function.

export type UnitEligibilityFacts = EligibilityFacts;

/** The ketua's judgement replaces the admin's data for the items only a person can judge. */
export function withConfirmations(unit: UnitFacts, confirmations: Confirmations): UnitFacts {
  return {
    ...unit,
    coreService: confirmations.coreService ?? unit.coreService,
    significantImpact: confirmations.significantImpact ?? unit.significantImpact,
  };
}

export type JudgedScore = { score: ScoreResult; holdsWbk: boolean; eligibility: Eligibility; inputs: EligibilityInputs };
type DecideForInput = { facts: UnitEligibilityFacts; confirmations: Confirmations; lhkpnLhkasn: ConditionState; checks: ScoreResult["checks"] };

/** Tabel 5 and the route for both targets, once the score's Tabel 6 checks are known. */
export function decideFor({ facts, confirmations, lhkpnLhkasn, checks }: DecideForInput): { eligibility: Eligibility; inputs: EligibilityInputs } {
  const unit = withConfirmations(facts.unit, confirmations);
  const eligibility = decideEligibility({ asOf: facts.asOf, instansi: facts.instansi, unit, lhkpnLhkasn, checks });
  return { eligibility, inputs: { asOf: facts.asOf, instansi: facts.instansi, unit, lhkpnLhkasn, confirmations } };
}

/**
 * Scores with "already holds WBK" from the register (Tabel 6's last WBBM row), then decides
 * Tabel 5 and the route for both targets.
 */
export function judgeScore({ lke, facts, confirmations, scoreFor }: { lke: LkeVersion; facts: UnitEligibilityFacts; confirmations: Confirmations; scoreFor: (holdsWbk: boolean) => ScoreResult }): JudgedScore {
  const holdsWbk = holdsWbkOn(facts.unit.predicates, facts.asOf);
  const score = scoreFor(holdsWbk);
  return { score, holdsWbk, ...decideFor({ facts, confirmations, lhkpnLhkasn: lhkpnLhkasnState({ lke, score }), checks: score.checks }) };
}
