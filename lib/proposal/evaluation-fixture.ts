import { decideEligibility } from "@/lib/eligibility/decide-eligibility";
import { failingChecks, input } from "@/lib/eligibility/test-support";
import type { Eligibility } from "@/lib/eligibility/types";
import type { StoredEvaluation } from "@/lib/review/transitions/result";

// Stored evaluations as finalize writes them, with the eligibility the real rule decides
// (lib/eligibility/decide-eligibility): for the integration tests and the Playwright journey.

/** Meets Tabel 5 and Tabel 6 for Menuju WBK (and WBBM: the unit holds WBK in these facts). */
export const ELIGIBLE: Eligibility = decideEligibility(input({ unit: { predicates: [{ year: 2024, predicate: "WBK", source: "TPN", revokedOn: null }] } }));
/** Misses every Tabel 6 score rule. */
export const INELIGIBLE: Eligibility = decideEligibility(input({ checks: failingChecks }));

export function storedEvaluation(eligibility: Eligibility): StoredEvaluation {
  const result = eligibility.WBBM.eligible ? "WBBM" : eligibility.WBK.eligible ? "WBK" : null;
  return { total: result ? 90 : 50, pengungkit: 55, hasil: 35, areas: {}, predicate: result, result, holdsWbk: true, failingChecks: { WBK: [], WBBM: [] }, eligibility };
}

