import { describe, expect, it } from "vitest";
import { judge, type JudgeInput } from "./rows";

const input = (overrides: Partial<JudgeInput> = {}): JudgeInput => ({
  state: "IN_REVIEW",
  evaluation: null,
  unit: { total: 90, predicate: "WBK" },
  tpi: { total: 70, predicate: null, answered: 40 },
  ...overrides,
});

describe("judge", () => {
  it("takes the stored final result over every live score", () => {
    expect(judge(input({ state: "FINAL", evaluation: { total: 88, result: "WBBM" } }))).toEqual({ basis: "FINAL", target: "WBBM", judgedTotal: 88 });
  });

  it("takes the TPI's values so far once the unit has submitted and the TPI valued something", () => {
    expect(judge(input())).toEqual({ basis: "TPI", target: null, judgedTotal: 70 });
    expect(judge(input({ state: "RETURNED" }))).toMatchObject({ basis: "TPI" });
  });

  it("takes the unit's own claim in a draft or before the TPI valued anything", () => {
    expect(judge(input({ state: "DRAFT" }))).toEqual({ basis: "UNIT", target: "WBK", judgedTotal: 90 });
    expect(judge(input({ tpi: { total: 0, predicate: null, answered: 0 } }))).toEqual({ basis: "UNIT", target: "WBK", judgedTotal: 90 });
  });
});
