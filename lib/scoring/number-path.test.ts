import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Question } from "@/lib/lke/schema";
import type { AnswerValue, Answers } from "./answers";
import { compileLke } from "./compile-lke";
import { numberPlan } from "./number-plan";
import { scoreWithNumbers } from "./number-score";
import { scoreGeneral } from "./score-assessment";
import { answerAll, bestAnswer, listQuestions, loadPm90 } from "./test-support";

// The number path (number-*.ts) must give exactly what the general path gives, and hand over to
// it whatever it cannot score on safe integers.

const lke = loadPm90();
const compiled = compileLke(lke);
const plan = numberPlan(compiled);
const questions = listQuestions(lke);

const count = fc.oneof({ arbitrary: fc.nat(200), weight: 8 }, { arbitrary: fc.nat(2_000_000_000), weight: 1 });
function answerArb(q: Question): fc.Arbitrary<AnswerValue> {
  if (q.type === "SURVEY_INDEX") return fc.integer({ min: 0, max: 400 }).map((i) => i / 100);
  if (q.type === "PERCENT") {
    const inputs = (q.inputs ?? []).filter((i) => !i.unused);
    return fc.tuple(...inputs.map(() => count)).map((values) => Object.fromEntries(inputs.map((input, i) => [input.key, values[i] ?? 0])));
  }
  return fc.constantFrom(...(q.options ?? []).map((o) => o.code));
}
const answersArb = fc.tuple(...questions.map((q) => fc.option(answerArb(q), { nil: undefined }))).map((values) => {
  const answers: Record<string, AnswerValue> = {};
  questions.forEach((q, i) => {
    const value = values[i];
    if (value !== undefined) answers[q.code] = value;
  });
  return answers;
});

const fast = (answers: Answers, holdsWbk = false) => {
  if (!plan) throw new Error("pm90-2021 harus punya rencana bilangan");
  return scoreWithNumbers(plan, answers, holdsWbk);
};

describe("number path", () => {
  it("gives the general path's result, number for number", () => {
    let scored = 0;
    fc.assert(
      fc.property(answersArb, fc.boolean(), (answers, holdsWbk) => {
        const result = fast(answers, holdsWbk);
        if (result) scored++;
        if (result) expect(JSON.stringify(result)).toBe(JSON.stringify(scoreGeneral(compiled, answers, holdsWbk)));
      }),
      { numRuns: 300 },
    );
    expect(scored).toBeGreaterThan(50); // huge counts send many sets to the general path
  });

  it("scores an empty and a complete LKE", () => {
    for (const answers of [{}, answerAll(lke, bestAnswer)]) {
      const result = fast(answers, true);
      expect(result).not.toBeNull();
      expect(result).toEqual(scoreGeneral(compiled, answers, true));
    }
  });

  it("hands unusual answers to the general path", () => {
    const best = answerAll(lke, bestAnswer);
    const ratio = questions.find((q) => q.formula?.kind === "ratio" && q.formula.denominator.length > 1);
    const survey = questions.find((q) => q.type === "SURVEY_INDEX");
    if (!ratio || !survey) throw new Error("pm90-2021 punya pertanyaan rasio dan survei");
    const huge = Object.fromEntries(Object.keys(best[ratio.code] as object).map((key) => [key, Number.MAX_SAFE_INTEGER]));
    expect(fast({ ...best, "X.9.9": "YA" })).toBeNull(); // unknown question: the general path throws
    expect(fast({ ...best, [ratio.code]: "YA" })).toBeNull(); // wrong kind of answer
    expect(fast({ ...best, [ratio.code]: huge })).toBeNull(); // sums past 2^53
    expect(fast({ ...best, [survey.code]: 1 / 3 })).toBeNull(); // not a short decimal
    expect(fast({ ...best, [survey.code]: undefined } as unknown as Answers)).toBeNull(); // an undefined value
  });
});
