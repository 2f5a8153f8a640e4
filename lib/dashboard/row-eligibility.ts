import { decideFor, type UnitEligibilityFacts } from "@/lib/eligibility/judge";
import { conditionLabel, STATE_LABELS } from "@/lib/eligibility/labels";
import { eligibilityOfEvaluation } from "@/lib/eligibility/of-evaluation";
import { holdsWbkOn, lockedUntilOn } from "@/lib/eligibility/predicates";
import { NO_CONFIRMATIONS } from "@/lib/eligibility/stored";
import type { Eligibility } from "@/lib/eligibility/types";
import type { AreaCode } from "@/lib/lke/schema";
import type { FailingCheck, StoredEvaluation, Target } from "@/lib/review/transitions/result";
import { REQUIRES_WBK_LABEL, type Check, type CheckRule } from "@/lib/scoring/tabel6-checks";
import type { SideSummary } from "./score-summary";

// Pure: a dashboard row's proposal outcome. FINAL rows show what finalize stored; the others a
// perkiraan from the judged side's summary and the portal's data, decided by the same rule.

/** A unit's facts for the proposal rule, and what the register says of it on the period's proposal day. */
export type RowRegister = { facts: UnitEligibilityFacts; holdsWbk: boolean; lockedUntil: string | null };

export function registerOf(facts: UnitEligibilityFacts): RowRegister {
  return { facts, holdsWbk: holdsWbkOn(facts.unit.predicates, facts.asOf), lockedUntil: lockedUntilOn(facts.unit.predicates, facts.asOf) };
}

/**
 * Tabel 6 estimate from a summary predicate scored as if WBK were held: no target while a
 * revocation locks the unit; WBBM only for a unit that holds WBK (Tabel 6, last WBBM row).
 */
export function estimateTarget(predicate: Target | null, register: Pick<RowRegister, "holdsWbk" | "lockedUntil">): Target | null {
  if (register.lockedUntil) return null;
  if (predicate === "WBBM" && !register.holdsWbk) return "WBK";
  return predicate;
}

const REQUIRES_WBK: FailingCheck = { rule: "requiresWbk", label: REQUIRES_WBK_LABEL, actual: false, required: true };

/** A summary's failing list (scored as if WBK were held) with the register's answer to "holds WBK". */
function failingWith(side: Pick<SideSummary, "failing">, holdsWbk: boolean): Record<Target, FailingCheck[]> {
  return { WBK: side.failing.WBK, WBBM: holdsWbk ? side.failing.WBBM : [...side.failing.WBBM, REQUIRES_WBK] };
}

function asCheck(c: FailingCheck): Check {
  const [rule, area] = c.rule.split(":");
  return { rule: rule as CheckRule, ...(area ? { area: area as AreaCode } : {}), label: c.label, actual: c.actual, required: c.required, pass: false };
}

const nextTarget = (target: Target | null): Target | null => (target === null ? "WBK" : target === "WBK" ? "WBBM" : null);

function unmetLabels(eligibility: Eligibility, target: Target | null): string[] {
  if (!target) return [];
  return eligibility[target].conditions.filter((c) => c.state !== "MET").map((c) => `${conditionLabel(c.condition, target, c.required)} (${STATE_LABELS[c.state].toLowerCase()})`);
}

type RowEligibilityInput = { evaluation: StoredEvaluation | null; side: Pick<SideSummary, "failing" | "lhkpnLhkasn" | "predicate">; register: RowRegister };

export function rowEligibility({ evaluation, side, register }: RowEligibilityInput): { eligibility: Eligibility; failing: FailingCheck[]; unmetPrerequisites: string[] } {
  if (evaluation) {
    const eligibility = eligibilityOfEvaluation(evaluation);
    const next = nextTarget(evaluation.result);
    return { eligibility, failing: next ? evaluation.failingChecks[next] : [], unmetPrerequisites: unmetLabels(eligibility, next) };
  }
  const failing = failingWith(side, register.holdsWbk);
  const checks = { WBK: failing.WBK.map(asCheck), WBBM: failing.WBBM.map(asCheck) };
  const { eligibility } = decideFor({ facts: register.facts, confirmations: NO_CONFIRMATIONS, lhkpnLhkasn: side.lhkpnLhkasn, checks });
  const next = nextTarget(estimateTarget(side.predicate, register));
  return { eligibility, failing: next ? failing[next] : [], unmetPrerequisites: unmetLabels(eligibility, next) };
}
