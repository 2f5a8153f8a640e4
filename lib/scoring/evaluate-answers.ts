import type { Answers, AnswerValue, PercentAnswer } from "./answers";
import type { Arith } from "./arith";
import type { CompiledLke, CompiledQuestion } from "./compile-lke";
import { type Fraction, fromDecimal, lcmMixed } from "./exact";
import { ratioValue, reductionValue, surveyValue } from "./question-value";

// Step one of scoring: each question's exact value and the common denominator `den` of this
// assessment (see exact.ts); then each indicator's score as a numerator over `den`.
//
// Indicator score = weight × mean of ALL its questions' values; an unanswered question counts 0
// (reference/README.md: the worksheet skips blanks, which inflates an incomplete LKE; the portal
// does not). Written as Σ (weight / n) × value, each question adds factor × value.

export type Evaluation = {
  den: bigint;
  answered: boolean[];
  /** Choice questions: value × scaleDen (an integer); -1 for other questions. */
  scaled: number[];
  /** Non-choice questions: the exact value; null for choice or unanswered questions. */
  exact: (Fraction | null)[];
  /** Σ of the scaled choice values per indicator. */
  fixedSums: number[];
};

export function evaluateAnswers(compiled: CompiledLke, answers: Answers): Evaluation {
  const { questions, indicators } = compiled;
  const answered = new Array<boolean>(questions.length).fill(false);
  const scaled = new Array<number>(questions.length).fill(-1);
  const exact = new Array<Fraction | null>(questions.length).fill(null);
  const fixedSums = new Array<number>(indicators.length).fill(0);
  let den = compiled.fixedDen;

  // Unanswered choice questions count 0; other unanswered questions stay -1 (no choice value).
  for (const question of questions) if (question.rule.kind === "choice") scaled[question.order] = 0;
  // Walking the answers' own keys (rather than looking every code up) lets V8 read each value
  // through the object's enumeration cache, which matters for a 113-key object.
  for (const code in answers) {
    const answer = answers[code];
    if (answer === undefined) continue;
    const question = compiled.questionByCode.get(code);
    if (!question) throw new Error(`Pertanyaan ${code} tidak ada dalam LKE ${compiled.lke.id}; periksa dengan parseAnswers`);
    answered[question.order] = true;
    if (question.rule.kind === "choice") {
      const value = question.rule.values.get(choiceCode(question, answer));
      if (value === undefined) throw invalid(question, answer);
      scaled[question.order] = value;
      fixedSums[question.indicator] = (fixedSums[question.indicator] ?? 0) + value;
      continue;
    }
    const value = freeValue(question, answer);
    exact[question.order] = value;
    const need = factorDen(compiled, question) * value.den;
    if (den % need !== 0n) den = lcmMixed(den, need);
  }

  return { den, answered, scaled, exact, fixedSums };
}

export type Points<T> = {
  /** Indicator scores, numerators over den. */
  indicators: T[];
  /** What each question adds to its indicator, (weight / n) × value, over den. */
  questions: T[];
  /** den / fixedDen: turns points over fixedDen into points over den. */
  lift: T;
};

/** Question points and indicator scores as numerators over `den` (of type T: see arith.ts). */
export function scorePoints<T>(args: { arith: Arith<T>; compiled: CompiledLke; evaluation: Evaluation; den: T }): Points<T> {
  const { arith, compiled, evaluation } = args;
  const lift = arith.fromBig(evaluation.den / compiled.fixedDen);
  const indicators = compiled.indicators.map((indicator, i) =>
    arith.mul(arith.fromInt((evaluation.fixedSums[i] ?? 0) * indicator.fixedUnit), lift),
  );
  const questions = compiled.questions.map((question): T => {
    const scaled = evaluation.scaled[question.order] ?? -1;
    if (scaled >= 0) {
      const unit = compiled.indicators[question.indicator]?.fixedUnit ?? 0;
      return arith.mul(arith.fromInt(scaled * unit), lift);
    }
    const value = evaluation.exact[question.order];
    if (!value || value.num === 0n) return arith.zero;
    const points = contribution({ arith, compiled, question, value, den: args.den });
    indicators[question.indicator] = arith.add(indicators[question.indicator] ?? arith.zero, points);
    return points;
  });
  return { indicators, questions, lift };
}

/** (weight / n) × value as a numerator over den; den is a multiple of n × value's denominator. */
export function contribution<T>(args: {
  arith: Arith<T>;
  compiled: CompiledLke;
  question: CompiledQuestion;
  value: Fraction;
  den: T;
}): T {
  const { arith, question, value } = args;
  const factor = args.compiled.indicators[question.indicator]?.factor;
  if (!factor) throw new Error(`indikator ${question.indicator} tidak ada`);
  const share = arith.div(args.den, arith.fromBig(factor.den * value.den));
  return arith.mul(share, arith.fromBig(factor.num * value.num));
}

function factorDen(compiled: CompiledLke, question: CompiledQuestion): bigint {
  return compiled.indicators[question.indicator]?.factor.den ?? 1n;
}

function freeValue(question: CompiledQuestion, answer: AnswerValue): Fraction {
  const rule = question.rule;
  if (rule.kind === "survey") {
    if (typeof answer !== "number") throw invalid(question, answer);
    return surveyValue(rule, fromDecimal(answer));
  }
  if (typeof answer !== "object") throw invalid(question, answer);
  const counts: PercentAnswer = answer;
  if (rule.kind === "ratio") return ratioValue(rule, counts);
  if (rule.kind === "reduction") return reductionValue(rule, counts);
  throw invalid(question, answer);
}

function choiceCode(question: CompiledQuestion, answer: AnswerValue): string {
  if (typeof answer !== "string") throw invalid(question, answer);
  return answer;
}

function invalid(question: CompiledQuestion, answer: AnswerValue): Error {
  return new Error(`Jawaban ${question.code} tidak sesuai (${JSON.stringify(answer)}); periksa dengan parseAnswers`);
}
