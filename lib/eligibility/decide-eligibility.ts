import type { Check } from "@/lib/scoring/tabel6-checks";
import { lockedUntilOn } from "./predicates";
import { evaluateTabel5 } from "./tabel5-conditions";
import {
  type Eligibility,
  type EligibilityInput,
  type InstansiKindGroup,
  type Route,
  type ServiceCategory,
  type Target,
  type TargetEligibility,
} from "./types";

// Who may be proposed to TPN (PermenPAN-RB 90/2021 Lampiran II as amended by 5/2024): for each
// target, Tabel 6 must be met and no revocation may bar the unit; then Tabel 5 decides the route.

/**
 * Units of a Pemda that may be proposed while Tabel 5 is still being met (PermenPAN-RB 5/2024
 * page 5, a–f). Tabel 6 still applies to them.
 */
export const AFFIRMATION_CATEGORIES: readonly ServiceCategory[] = ["RSUD", "DUKCAPIL", "SAMSAT", "PTSP", "PENDIDIKAN", "KETENAGAKERJAAN"];

/** Page 5 opens with "mendorong Pemerintah Daerah": a K/L never takes the affirmation route. */
export function mayTakeAffirmation(kind: InstansiKindGroup, category: ServiceCategory): boolean {
  return kind === "PEMDA" && AFFIRMATION_CATEGORIES.includes(category);
}

/** The key of a Tabel 6 check as the score CLI names it: the rule, and its area for area rules. */
export function tabel6Key(check: Check): string {
  return check.area === undefined ? check.rule : `${check.rule}:${check.area}`;
}

function decideTarget(input: EligibilityInput, target: Target, lockedUntil: string | null): TargetEligibility {
  const conditions = evaluateTabel5(input, target);
  const tabel6 = input.checks[target].filter((c) => !c.pass).map(tabel6Key);
  const route = routeOf({ input, conditionsMet: conditions.every((c) => c.state === "MET"), blocked: tabel6.length > 0 || lockedUntil !== null });
  return { eligible: route !== null, route, tabel6, conditions, lockedUntil };
}

function routeOf({ input, conditionsMet, blocked }: { input: EligibilityInput; conditionsMet: boolean; blocked: boolean }): Route | null {
  if (blocked) return null;
  if (conditionsMet) return "REGULER";
  // "meskipun masih dalam proses pemenuhan syarat": an unmet and a not yet recorded condition are
  // both still in process, so the route does not ask which.
  return mayTakeAffirmation(input.instansi.kind, input.unit.serviceCategory) ? "AFIRMASI" : null;
}

/**
 * The proposal rule: per target (Menuju WBK, Menuju WBBM) whether the unit may be proposed to TPN
 * on `asOf`, by which route, every unmet Tabel 6 rule, every Tabel 5 condition and the revocation
 * lock. Pure: the caller gathers the facts and scores the LKE with
 * holdsWbk = holdsWbkOn(unit.predicates, asOf).
 */
export function decideEligibility(input: EligibilityInput): Eligibility {
  const lockedUntil = lockedUntilOn(input.unit.predicates, input.asOf);
  return {
    WBK: decideTarget(input, "WBK", lockedUntil),
    WBBM: decideTarget(input, "WBBM", lockedUntil),
  };
}
