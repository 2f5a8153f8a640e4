import { describe, expect, it } from "vitest";
import type { StoredEvaluation } from "@/lib/review/transitions/result";
import { StoredEvaluationSchema } from "@/lib/review/transitions/result";
import { eligibilityOfEvaluation } from "./of-evaluation";
import { bestTarget } from "./stored";
import type { TargetEligibility } from "./types";

const base: StoredEvaluation = {
  total: 88, pengungkit: 55, hasil: 33, areas: {}, predicate: "WBK", result: "WBK", holdsWbk: false,
  failingChecks: { WBK: [], WBBM: [{ rule: "requiresWbk", label: "Unit sudah berpredikat Menuju WBK", actual: false, required: true }] },
};
const eligible = (route: "REGULER" | "AFIRMASI"): TargetEligibility => ({ eligible: true, route, tabel6: [], conditions: [], lockedUntil: null });
const notEligible: TargetEligibility = { eligible: false, route: null, tabel6: ["requiresWbk"], conditions: [], lockedUntil: null };

describe("eligibilityOfEvaluation", () => {
  it("reads the outcome finalize stored since the 2024 rule", () => {
    const stored = { ...base, eligibility: { WBK: eligible("AFIRMASI"), WBBM: notEligible } };
    expect(eligibilityOfEvaluation(StoredEvaluationSchema.parse(stored))).toEqual(stored.eligibility);
  });

  it("shows an evaluation finalized with the ketua's five ticks in the same shape: reguler, the ticks as unit conditions", () => {
    const legacy = eligibilityOfEvaluation({ ...base, unmetPrerequisites: { WBK: [], WBBM: ["sakipMinBB"] } });
    expect(legacy.WBK).toMatchObject({ eligible: true, route: "REGULER", tabel6: [] });
    expect(legacy.WBK.conditions.every((c) => c.state === "MET")).toBe(true);
    expect(legacy.WBBM).toMatchObject({ eligible: false, route: null, tabel6: ["requiresWbk"] });
    expect(legacy.WBBM.conditions.filter((c) => c.state === "UNMET").map((c) => c.condition)).toEqual(["sakipInternal"]);
  });
});

describe("bestTarget", () => {
  it("proposes WBBM over WBK, and nothing when neither is eligible", () => {
    expect(bestTarget({ WBK: eligible("REGULER"), WBBM: eligible("REGULER") })).toBe("WBBM");
    expect(bestTarget({ WBK: eligible("AFIRMASI"), WBBM: notEligible })).toBe("WBK");
    expect(bestTarget({ WBK: notEligible, WBBM: notEligible })).toBeNull();
  });
});
