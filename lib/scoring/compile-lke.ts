import { LKE_ROLES } from "@/lib/lke/roles";
import type { AreaCode, Indicator, LkeVersion, Question } from "@/lib/lke/schema";
import { AREA_CODES } from "@/lib/lke/schema";
import { type Fraction, ONE, ZERO, fromDecimal, lcm, max } from "./exact";
import type { RatioRule, ReductionRule, SurveyRule } from "./question-value";
import { compileAreas, compileRoles } from "./compile-structure";
import { compileThresholds, type CompiledThresholds } from "./tabel6-checks";

// An LKE version turned once into flat arrays (questions, indicators, areas, parts, components)
// with every constant as an exact fraction, and cached per version object. Scoring an assessment
// then only walks arrays of numbers.

/** A choice question: option code → value × scaleDen, an integer (0.67 → 67 when scaleDen = 100). */
export type ChoiceRule = { kind: "choice"; values: ReadonlyMap<string, number>; best: number; bestOption: string };
export type QuestionRule = ChoiceRule | RatioRule | ReductionRule | SurveyRule;

export type CompiledQuestion = {
  code: string;
  order: number;
  indicator: number;
  area: AreaCode | null;
  rule: QuestionRule;
  /** The value of the best possible answer (1 in PM 90/2021). */
  best: Fraction;
  /** The points (over fixedDen) of the best answer: factor × best. */
  bestPoints: number;
  /** 0–5: the area in AREA_CODES order; 6: Hasil. For completeness counts. */
  slot: number;
};

export type CompiledIndicator = {
  code: string;
  weight: number;
  area: AreaCode | null;
  /** weight / number of questions: the points one question's value is worth. */
  factor: Fraction;
  /** Points (over fixedDen) per unit of a scaled choice value: factor × fixedDen / scaleDen. */
  fixedUnit: number;
};

export type CompiledNode = { code: string; name: string; weight: number; weightFraction: Fraction; children: number[] };
export type CompiledArea = { name: string; weight: number; weightFraction: Fraction; pemenuhan: number; reform: number };

export type CompiledLke = {
  lke: LkeVersion;
  scaleDen: number;
  /** A common denominator of every score that choice answers and the version's constants yield. */
  fixedDen: bigint;
  questions: CompiledQuestion[];
  questionByCode: ReadonlyMap<string, CompiledQuestion>;
  indicators: CompiledIndicator[];
  /** Area nodes (children: indicator indices), parts (children: area nodes or indicators), components (children: parts). */
  areaNodes: CompiledNode[];
  parts: (CompiledNode & { holds: "areas" | "indicators" })[];
  components: CompiledNode[];
  areas: Record<AreaCode, CompiledArea>;
  roles: { [K in keyof typeof LKE_ROLES]: number };
  thresholds: { WBK: CompiledThresholds; WBBM: CompiledThresholds };
};

const cache = new WeakMap<LkeVersion, CompiledLke>();

/** The compiled form of a version that validateLkeVersion accepted. */
export function compileLke(lke: LkeVersion): CompiledLke {
  const cached = cache.get(lke);
  if (cached) return cached;
  const compiled = build(lke);
  cache.set(lke, compiled);
  return compiled;
}

function build(lke: LkeVersion): CompiledLke {
  const scaleDen = Object.values(lke.scales)
    .flat()
    .reduce((den, option) => lcm(den, fromDecimal(option.value).den), 1n);
  const questions: CompiledQuestion[] = [];
  const indicators: CompiledIndicator[] = [];
  const areaNodes: CompiledNode[] = [];
  const parts: CompiledLke["parts"] = [];
  const components: CompiledNode[] = [];
  let fixedDen = 1n;

  const addIndicator = (indicator: Indicator, area: AreaCode | null): number => {
    const index = indicators.length;
    const weight = fromDecimal(indicator.weight);
    const factor = { num: weight.num, den: weight.den * BigInt(indicator.questions.length) };
    fixedDen = lcm(fixedDen, factor.den * scaleDen);
    for (const question of indicator.questions) {
      const rule = compileRule(question, lke.scales, Number(scaleDen));
      const best = rule.kind === "choice" ? { num: BigInt(rule.best), den: scaleDen } : bestOf(rule);
      for (const constant of constantsOf(rule)) fixedDen = lcm(fixedDen, factor.den * constant.den);
      const slot = area === null ? AREA_CODES.length : AREA_CODES.indexOf(area);
      questions.push({ code: internalize(question.code), order: questions.length, indicator: index, area, rule, best, bestPoints: 0, slot });
    }
    indicators.push({ code: indicator.code, weight: indicator.weight, area, factor, fixedUnit: 0 });
    return index;
  };
  const node = (n: { code: string; name: string; weight: number }, children: number[]): CompiledNode => ({
    code: n.code, name: n.name, weight: n.weight, weightFraction: fromDecimal(n.weight), children,
  });

  for (const component of lke.components) {
    const partIndices = component.parts.map((part) => {
      if (part.areas) {
        const children = part.areas.map((area) => {
          areaNodes.push({ ...node(area, area.indicators.map((i) => addIndicator(i, area.area))) });
          return areaNodes.length - 1;
        });
        parts.push({ ...node(part, children), holds: "areas" });
      } else {
        parts.push({ ...node(part, (part.indicators ?? []).map((i) => addIndicator(i, null))), holds: "indicators" });
      }
      return parts.length - 1;
    });
    components.push(node(component, partIndices));
  }
  for (const indicator of indicators) {
    const unit = (indicator.factor.num * fixedDen) / (indicator.factor.den * scaleDen);
    if (unit > BigInt(2 ** 40)) throw new Error(`Versi LKE ${lke.id}: penyebut bersama terlalu besar`);
    indicator.fixedUnit = Number(unit);
  }
  for (const question of questions) {
    const factor = indicators[question.indicator]?.factor ?? ZERO;
    const points = (factor.num * question.best.num * fixedDen) / (factor.den * question.best.den);
    question.bestPoints = Number(points);
  }

  const roles = compileRoles(lke, { components, parts, indicators });
  const areas = compileAreas(lke, areaNodes, parts[roles.pemenuhan], parts[roles.reform]);
  const areaNames = { MP: areas.MP.name, TL: areas.TL.name, SDM: areas.SDM.name, AK: areas.AK.name, PW: areas.PW.name, PP: areas.PP.name };
  const thresholds = {
    WBK: compileThresholds(lke.thresholds.WBK, areaNames),
    WBBM: compileThresholds(lke.thresholds.WBBM, areaNames),
  };
  const questionByCode = new Map(questions.map((q) => [q.code, q]));
  return { lke, scaleDen: Number(scaleDen), fixedDen, questions, questionByCode, indicators, areaNodes, parts, components, areas, roles, thresholds };
}

/**
 * The same text as an internalized string. Codes from JSON.parse are not internalized; looking
 * one up in an answers object then first searches V8's string table on every lookup. A string
 * read back from an object's keys is internalized, so lookups compare pointers.
 */
function internalize(text: string): string {
  return Object.keys({ [text]: true })[0] ?? text;
}

function compileRule(question: Question, scales: LkeVersion["scales"], scaleDen: number): QuestionRule {
  const fail = (what: string) => new Error(`Pertanyaan ${question.code}: ${what}; periksa versi dengan validateLkeVersion`);
  switch (question.type) {
    case "PERCENT": {
      const formula = question.formula;
      if (!formula) throw fail("rumus tidak ada");
      if (formula.kind === "ratio") {
        return {
          kind: "ratio", numerator: formula.numerator.map(internalize), denominator: formula.denominator.map(internalize),
          cap: fromDecimal(formula.cap), zeroDenominatorValue: fromDecimal(formula.zeroDenominatorValue),
        };
      }
      return {
        kind: "reduction", previous: internalize(formula.previous), current: internalize(formula.current),
        bothZeroValue: fromDecimal(formula.bothZeroValue),
        previousZeroCurrentPositiveValue: fromDecimal(formula.previousZeroCurrentPositiveValue),
      };
    }
    case "SURVEY_INDEX":
      if (question.scaleMax === undefined) throw fail("scaleMax tidak ada");
      return { kind: "survey", scaleMax: fromDecimal(question.scaleMax) };
    default: {
      const scale = scales[question.type];
      const scaled = (value: number): number => {
        const fraction = fromDecimal(value);
        return Number((fraction.num * BigInt(scaleDen)) / fraction.den);
      };
      const values = new Map(scale.map((o) => [o.code, scaled(o.value)]));
      const bestOption = scale.reduce((a, b) => (b.value > a.value ? b : a));
      return { kind: "choice", values, best: values.get(bestOption.code) ?? 0, bestOption: bestOption.code };
    }
  }
}

/** The best value a non-choice answer can reach: the cap (or a higher zero-denominator value), 1 otherwise. */
function bestOf(rule: RatioRule | ReductionRule | SurveyRule): Fraction {
  if (rule.kind === "ratio") return max(rule.cap, rule.zeroDenominatorValue);
  if (rule.kind === "reduction") return max(ONE, max(rule.bothZeroValue, rule.previousZeroCurrentPositiveValue));
  return ONE;
}

/** The fixed values a non-choice question can take (its best value included), for fixedDen. */
function constantsOf(rule: QuestionRule): Fraction[] {
  if (rule.kind === "ratio") return [rule.cap, rule.zeroDenominatorValue, bestOf(rule)];
  if (rule.kind === "reduction") return [rule.bothZeroValue, rule.previousZeroCurrentPositiveValue, bestOf(rule)];
  if (rule.kind === "survey") return [bestOf(rule)];
  return [];
}
