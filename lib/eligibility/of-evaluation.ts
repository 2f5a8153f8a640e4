import type { StoredEvaluation } from "@/lib/review/transitions/result";
import type { PrerequisiteKey } from "@/lib/review/transitions/result";
import type { ConditionKey, ConditionOutcome, Eligibility, Target, TargetEligibility } from "./types";

// The proposal outcome of a stored evaluation. Evaluations finalized since the 2024 rule carry it;
// older ones carry the ketua's five ticks, shown here in the same shape (reguler route, the ticks
// as unit conditions) so every screen reads one form.

const LEGACY_KEYS: Record<PrerequisiteKey, ConditionKey> = {
  tindakLanjutTemuan: "followUp",
  lhkpnLhkasn: "lhkpnLhkasn",
  sakipMinB: "sakipInternal",
  sakipMinBB: "sakipInternal",
  ziMinimalSatuTahun: "ziOneYear",
};

function legacyTarget(evaluation: StoredEvaluation, target: Target): TargetEligibility {
  const unmet = new Set((evaluation.unmetPrerequisites?.[target] ?? []).map((k) => LEGACY_KEYS[k]));
  const keys = [...new Set(Object.entries(LEGACY_KEYS).filter(([k]) => k !== (target === "WBK" ? "sakipMinBB" : "sakipMinB")).map(([, v]) => v))];
  const conditions: ConditionOutcome[] = keys.map((condition) => ({
    level: "UNIT",
    condition,
    state: unmet.has(condition) ? "UNMET" : "MET",
    actual: unmet.has(condition) ? "tidak dikonfirmasi TPI" : "dikonfirmasi TPI",
    required: "dikonfirmasi TPI",
  }));
  const tabel6 = evaluation.failingChecks[target].map((c) => c.rule);
  const eligible = evaluation.result === target || (target === "WBK" && evaluation.result === "WBBM");
  return { eligible, route: eligible ? "REGULER" : null, tabel6, conditions, lockedUntil: null };
}

export function eligibilityOfEvaluation(evaluation: StoredEvaluation): Eligibility {
  return evaluation.eligibility ?? { WBK: legacyTarget(evaluation, "WBK"), WBBM: legacyTarget(evaluation, "WBBM") };
}
