// Builders for the eligibility tests: a unit that meets every Tabel 5 condition for both targets
// (PermenPAN-RB 5/2024 page 4) and real Tabel 6 checks from the scoring engine. Not a test file;
// imported by *.test.ts only.
import type { AnswerValue } from "@/lib/scoring/answers";
import { scoreAssessment } from "@/lib/scoring/score-assessment";
import type { ScoreResult } from "@/lib/scoring/score-types";
import { answerAll, bestAnswer, loadPm90, worstAnswer } from "@/lib/scoring/test-support";
import type { EligibilityFacts, EligibilityInput, InstansiFacts, UnitFacts } from "./types";

export const lke = loadPm90();

export function scoreAll(pick: "best" | "worst", holdsWbk: boolean, overrides: Record<string, AnswerValue | null> = {}): ScoreResult {
  const answers: Record<string, AnswerValue> = answerAll(lke, pick === "best" ? bestAnswer : worstAnswer);
  for (const [code, value] of Object.entries(overrides)) {
    if (value === null) delete answers[code];
    else answers[code] = value;
  }
  return scoreAssessment({ lke, answers, holdsWbk });
}

/** Every Tabel 6 rule met for both targets, requiresWbk included. */
export const passingChecks = scoreAll("best", true).checks;
/** Every Tabel 6 score rule missed; requiresWbk met. */
export const failingChecks = scoreAll("worst", true).checks;

export const instansiMeetingAll: InstansiFacts = { kind: "PEMDA", opiniBpk: "WTP", sakip: "BB", indeksRb: "B", spipLevel: 3 };

export const unitMeetingAll: UnitFacts = {
  serviceCategory: "LAINNYA",
  coreService: true,
  significantImpact: true,
  followUpPercent: 100,
  sakipInternal: "BB",
  ziSinceWbk: "2024-01-15",
  ziSinceWbbm: "2025-01-15",
  predicates: [{ year: 2024, predicate: "WBK", source: "TPN", revokedOn: null }],
};

export const ASOF = "2026-03-01";

export function facts({ instansi = {}, unit = {}, asOf = ASOF }: { instansi?: Partial<InstansiFacts>; unit?: Partial<UnitFacts>; asOf?: string } = {}): EligibilityFacts {
  return { asOf, instansi: { ...instansiMeetingAll, ...instansi }, unit: { ...unitMeetingAll, ...unit } };
}

/** A unit meeting everything, with the parts given changed. */
export function input(changes: Parameters<typeof facts>[0] & Partial<Pick<EligibilityInput, "lhkpnLhkasn" | "checks">> = {}): EligibilityInput {
  return { ...facts(changes), lhkpnLhkasn: changes.lhkpnLhkasn ?? "MET", checks: changes.checks ?? passingChecks };
}
