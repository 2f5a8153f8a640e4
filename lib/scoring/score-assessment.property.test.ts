import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Question } from "@/lib/lke/schema";
import type { AnswerValue } from "./answers";
import { scoreAssessment } from "./score-assessment";
import type { ScoreResult } from "./score-types";
import { listQuestions, loadPm90 } from "./test-support";

const lke = loadPm90();
const questions = listQuestions(lke);
const scaleValue = (q: Question, code: string) => lke.scales[q.type as keyof typeof lke.scales]?.find((o) => o.code === code)?.value ?? 0;

// Counts are mostly small, sometimes huge (to reach the bigint path of the arithmetic).
const count = fc.oneof({ arbitrary: fc.nat(60), weight: 5 }, { arbitrary: fc.nat(2_000_000_000), weight: 1 });

function answerArb(q: Question): fc.Arbitrary<AnswerValue> {
  if (q.type === "SURVEY_INDEX") return fc.integer({ min: 0, max: 400 }).map((i) => i / 100);
  if (q.type === "PERCENT") {
    const inputs = (q.inputs ?? []).filter((i) => !i.unused);
    return fc.tuple(...inputs.map(() => count)).map((values) => Object.fromEntries(inputs.map((input, i) => [input.key, values[i] ?? 0])));
  }
  return fc.constantFrom(...(q.options ?? []).map((o) => o.code));
}

const answersArb = fc
  .tuple(...questions.map((q) => fc.option(answerArb(q), { nil: undefined })))
  .map((values) => {
    const answers: Record<string, AnswerValue> = {};
    questions.forEach((q, i) => {
      const value = values[i];
      if (value !== undefined) answers[q.code] = value;
    });
    return answers;
  });

/** A question (by position) and some answer to it. */
const pickedQuestion = fc
  .nat(questions.length - 1)
  .chain((index) => fc.tuple(fc.constant(index), answerArb(questions[index] as Question)));

/** An answer to `q` at least as good as `current` (a better option, more done, fewer violations, a higher index). */
function improve(q: Question, current: AnswerValue | undefined, step: number): AnswerValue | undefined {
  if (current === undefined) return undefined;
  if (typeof current === "number") return Math.min(4, Math.round(current * 100 + step) / 100);
  if (typeof current === "string") {
    const better = (q.options ?? []).filter((o) => scaleValue(q, o.code) >= scaleValue(q, current));
    return better[step % better.length]?.code ?? current;
  }
  const formula = q.formula;
  if (formula?.kind === "ratio") {
    const key = formula.numerator[0] ?? "";
    return { ...current, [key]: (current[key] ?? 0) + step };
  }
  if (formula?.kind === "reduction") {
    return { ...current, [formula.current]: Math.max(0, (current[formula.current] ?? 0) - step) };
  }
  return current;
}

function allScores(r: ScoreResult): number[] {
  return [
    r.total, r.pengungkit, r.hasil, r.pemenuhan, r.reform, r.bersihAkuntabel, r.pelayananPrima,
    ...Object.values(r.areas).flatMap((a) => [a.pemenuhan, a.reform, a.score, a.percent]),
    ...r.components.map((c) => c.score), ...r.parts.map((p) => p.score),
    ...r.indicators.map((i) => i.score), ...r.questions.map((q) => q.value),
  ];
}

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
const close = (a: number, b: number) => expect(Math.abs(a - b)).toBeLessThan(1e-9);

describe("scoreAssessment properties", () => {
  it("a better answer (or answering at all) never lowers any score", () => {
    fc.assert(
      fc.property(answersArb, pickedQuestion, fc.nat(1000), (answers, [index, fresh], step) => {
        const q = questions[index] as Question;
        const before = scoreAssessment({ lke, answers });
        const current = answers[q.code];
        const better = current === undefined ? fresh : improve(q, current, step);
        const improved = better === undefined ? answers : { ...answers, [q.code]: better };
        const after = scoreAssessment({ lke, answers: improved });
        const previous = allScores(before);
        allScores(after).forEach((value, i) => expect(value).toBeGreaterThanOrEqual(previous[i] ?? 0));
      }),
      { numRuns: 150 },
    );
  });

  it("keeps totals in range and the sums consistent", () => {
    fc.assert(
      fc.property(answersArb, fc.boolean(), (answers, holdsWbk) => {
        const r = scoreAssessment({ lke, answers, holdsWbk });
        expect(r.total).toBeGreaterThanOrEqual(0);
        expect(r.total).toBeLessThanOrEqual(100);
        for (const area of Object.values(r.areas)) {
          expect(area.percent).toBeGreaterThanOrEqual(0);
          expect(area.percent).toBeLessThanOrEqual(100);
        }
        close(sum(Object.values(r.areas).map((a) => a.pemenuhan)), r.pemenuhan);
        close(sum(Object.values(r.areas).map((a) => a.reform)), r.reform);
        close(r.pemenuhan + r.reform, r.pengungkit);
        close(r.bersihAkuntabel + r.pelayananPrima, r.hasil);
        close(r.pengungkit + r.hasil, r.total);
        close(sum(r.indicators.map((i) => i.score)), r.total);
        // The gaps are what is missing to 100, listed from the largest.
        close(r.total + sum(r.gaps.map((g) => g.gain)), 100);
        r.gaps.forEach((g, i) => {
          expect(g.gain).toBeGreaterThan(0);
          if (i > 0) expect(g.gain).toBeLessThanOrEqual(r.gaps[i - 1]?.gain ?? Infinity);
        });
        expect(r.completeness.answered).toBe(Object.keys(answers).length);
        const wbk = r.checks.WBK.every((c) => c.pass);
        const wbbm = r.checks.WBBM.every((c) => c.pass);
        expect(r.predicate).toBe(wbbm ? "WBBM" : wbk ? "WBK" : null);
      }),
      { numRuns: 150 },
    );
  });

  it("gives the same numbers for the same answers", () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        const copy = JSON.parse(JSON.stringify(answers)) as Record<string, AnswerValue>;
        expect(scoreAssessment({ lke, answers: copy })).toEqual(scoreAssessment({ lke, answers }));
      }),
      { numRuns: 30 },
    );
  });
});
