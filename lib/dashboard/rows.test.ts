import { describe, expect, it } from "vitest";
import { unknownFacts } from "@/lib/eligibility/defaults";
import { judge, type JudgeInput } from "./rows";

const FACTS = unknownFacts("2026-05-31");
const free = { holdsWbk: false, lockedUntil: null };
const input = (overrides: Partial<JudgeInput> = {}): JudgeInput => ({
  state: "IN_REVIEW",
  evaluation: null,
  unit: { total: 90, predicate: "WBK" },
  tpi: { total: 70, predicate: null, answered: 40 },
  register: { ...free, facts: FACTS },
  ...overrides,
});

describe("judge", () => {
  it("takes the stored final result over every live score", () => {
    expect(judge(input({ state: "FINAL", evaluation: { total: 88, result: "WBBM" } }))).toEqual({ basis: "FINAL", target: "WBBM", judgedTotal: 88, lockedUntil: null });
  });

  it("takes the TPI's values so far once the unit has submitted and the TPI valued something", () => {
    expect(judge(input())).toEqual({ basis: "TPI", target: null, judgedTotal: 70, lockedUntil: null });
    expect(judge(input({ state: "RETURNED" }))).toMatchObject({ basis: "TPI" });
  });

  it("takes the unit's own claim in a draft or before the TPI valued anything", () => {
    expect(judge(input({ state: "DRAFT" }))).toEqual({ basis: "UNIT", target: "WBK", judgedTotal: 90, lockedUntil: null });
    expect(judge(input({ tpi: { total: 0, predicate: null, answered: 0 } }))).toEqual({ basis: "UNIT", target: "WBK", judgedTotal: 90, lockedUntil: null });
  });

  // Tabel 6 (PermenPAN-RB 90/2021, Lampiran II): Menuju WBBM needs a Menuju WBK already held; the
  // summaries are scored as if it were, and the register decides (issue 10).
  it("estimates WBBM only for a unit whose register holds WBK, before finalization", () => {
    const wbbmScores = { unit: { total: 90, predicate: "WBBM" as const }, state: "DRAFT" as const };
    expect(judge(input({ ...wbbmScores, register: { holdsWbk: true, lockedUntil: null, facts: FACTS } }))).toMatchObject({ basis: "UNIT", target: "WBBM" });
    expect(judge(input({ ...wbbmScores }))).toMatchObject({ basis: "UNIT", target: "WBK" });
  });

  // PermenPAN-RB 90/2021 Lampiran II Bab IV C (pages 63–64): no proposal for 2 years after a revocation.
  it("estimates no target while a revocation locks the unit, and reports the day", () => {
    expect(judge(input({ state: "DRAFT", register: { holdsWbk: false, lockedUntil: "2027-08-01", facts: FACTS } }))).toEqual({ basis: "UNIT", target: null, judgedTotal: 90, lockedUntil: "2027-08-01" });
  });
});
