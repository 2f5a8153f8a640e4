import type { Problem } from "./problem";
import { CHOICE_TYPES, type ChoiceType, type LkeVersion, type Question } from "./schema";
import { listQuestionEntries } from "./walk";

// Rules per question type (reference/README.md): a choice question lists exactly its scale's
// option codes; a PERCENT question has inputs and a formula that names only its own, used inputs;
// a SURVEY_INDEX question has the maximum of its index (4).

export function checkQuestions(lke: LkeVersion): Problem[] {
  const problems: Problem[] = [];
  for (const [scale, options] of Object.entries(lke.scales)) {
    for (const code of duplicates(options.map((o) => o.code))) {
      problems.push({ path: `scales.${scale}`, reason: `kode pilihan "${code}" muncul lebih dari sekali` });
    }
  }
  for (const { question } of listQuestionEntries(lke)) {
    if (isChoiceType(question.type)) problems.push(...checkOptions(question, lke.scales[question.type]));
    if (question.type === "PERCENT") problems.push(...checkPercent(question));
    if (question.type === "SURVEY_INDEX" && question.scaleMax === undefined) {
      problems.push({ path: question.code, reason: "pertanyaan SURVEY_INDEX wajib memiliki scaleMax" });
    }
  }
  return problems;
}

export function isChoiceType(type: string): type is ChoiceType {
  return (CHOICE_TYPES as readonly string[]).includes(type);
}

function checkOptions(question: Question, scale: { code: string }[]): Problem[] {
  const path = `${question.code}.options`;
  if (!question.options) return [{ path, reason: `pertanyaan ${question.type} wajib memiliki pilihan jawaban` }];
  const expected = scale.map((o) => o.code);
  const actual = question.options.map((o) => o.code);
  const problems: Problem[] = [];
  for (const code of expected.filter((c) => !actual.includes(c))) {
    problems.push({ path, reason: `pilihan "${code}" dari skala ${question.type} tidak ada` });
  }
  for (const code of actual.filter((c) => !expected.includes(c))) {
    problems.push({ path, reason: `pilihan "${code}" bukan bagian dari skala ${question.type} (${expected.join(", ")})` });
  }
  for (const code of duplicates(actual)) {
    problems.push({ path, reason: `pilihan "${code}" muncul lebih dari sekali` });
  }
  return problems;
}

function checkPercent(question: Question): Problem[] {
  const problems: Problem[] = [];
  const inputs = question.inputs ?? [];
  if (inputs.length === 0) {
    problems.push({ path: `${question.code}.inputs`, reason: "pertanyaan PERCENT wajib memiliki isian (inputs)" });
  }
  for (const key of duplicates(inputs.map((i) => i.key))) {
    problems.push({ path: `${question.code}.inputs`, reason: `kunci isian "${key}" muncul lebih dari sekali` });
  }
  const formula = question.formula;
  if (!formula) {
    problems.push({ path: `${question.code}.formula`, reason: "pertanyaan PERCENT wajib memiliki rumus (formula)" });
    return problems;
  }
  const keys =
    formula.kind === "ratio" ? [...formula.numerator, ...formula.denominator] : [formula.previous, formula.current];
  for (const key of new Set(keys)) {
    const input = inputs.find((i) => i.key === key);
    if (!input) {
      problems.push({ path: `${question.code}.formula`, reason: `rumus merujuk isian "${key}" yang tidak ada` });
    } else if (input.unused) {
      problems.push({ path: `${question.code}.formula`, reason: `rumus merujuk isian "${key}" yang ditandai unused` });
    }
  }
  return problems;
}

function duplicates(values: string[]): string[] {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const value of values) (seen.has(value) ? repeated : seen).add(value);
  return [...repeated];
}
