import { z } from "zod";

// The shape of an LKE version file (see reference/README.md). This schema checks structure only;
// the rules that need the whole tree (weight sums, unique codes, options matching the scale,
// formulas naming existing inputs, …) live in `semantic-rules.ts`, so that a version with several
// mistakes gets all of them reported at once. Fields that only some question types need
// (options, inputs, formula, scaleMax) are therefore optional here and required there.

export const AREA_CODES = ["MP", "TL", "SDM", "AK", "PW", "PP"] as const;
export const AreaCodeSchema = z.enum(AREA_CODES);
export type AreaCode = z.infer<typeof AreaCodeSchema>;

export const CHOICE_TYPES = ["YA_TIDAK", "ABC", "ABCD", "ABCDE"] as const;
export const ChoiceTypeSchema = z.enum(CHOICE_TYPES);
export type ChoiceType = z.infer<typeof ChoiceTypeSchema>;

export const QuestionTypeSchema = z.enum([...CHOICE_TYPES, "PERCENT", "SURVEY_INDEX"]);
export type QuestionType = z.infer<typeof QuestionTypeSchema>;

const code = z.string().trim().min(1);
const weight = z.number().positive();
const unitValue = z.number().min(0).max(1);

const ScaleOptionSchema = z.object({ code, value: unitValue, label: z.string().optional() });

const OptionSchema = z.object({ code, text: z.string() });

const InputSchema = z.object({
  key: code,
  label: z.string(),
  unused: z.boolean().optional(),
  group: z.string().optional(),
});

const RatioFormulaSchema = z.object({
  kind: z.literal("ratio"),
  numerator: z.array(code).min(1),
  denominator: z.array(code).min(1),
  cap: z.number().gt(0).max(1),
  zeroDenominatorValue: unitValue,
  note: z.string().optional(),
});

const ReductionFormulaSchema = z.object({
  kind: z.literal("reduction"),
  previous: code,
  current: code,
  bothZeroValue: unitValue,
  previousZeroCurrentPositiveValue: unitValue,
  note: z.string().optional(),
});

export const FormulaSchema = z.discriminatedUnion("kind", [RatioFormulaSchema, ReductionFormulaSchema]);
export type Formula = z.infer<typeof FormulaSchema>;

export const QuestionSchema = z.object({
  code,
  text: z.string(),
  type: QuestionTypeSchema,
  guidance: z.string().nullable(),
  options: z.array(OptionSchema).optional(),
  inputs: z.array(InputSchema).optional(),
  formula: FormulaSchema.optional(),
  scaleMax: weight.optional(),
});
export type Question = z.infer<typeof QuestionSchema>;

export const IndicatorSchema = z.object({
  code,
  name: z.string(),
  weight,
  // LHKPN/LHKASN: two indicators of weight 1 displayed under one parent "A.II.5.iii".
  groupCode: code.optional(),
  groupName: z.string().optional(),
  questions: z.array(QuestionSchema).min(1),
});
export type Indicator = z.infer<typeof IndicatorSchema>;

export const AreaSchema = z.object({
  code,
  area: AreaCodeSchema,
  name: z.string(),
  weight,
  indicators: z.array(IndicatorSchema).min(1),
});
export type Area = z.infer<typeof AreaSchema>;

// Pengungkit parts hold areas; Hasil parts hold indicators directly.
export const PartSchema = z.object({
  code,
  name: z.string(),
  weight,
  areas: z.array(AreaSchema).min(1).optional(),
  indicators: z.array(IndicatorSchema).min(1).optional(),
});
export type Part = z.infer<typeof PartSchema>;

export const ComponentSchema = z.object({
  code,
  name: z.string(),
  weight,
  parts: z.array(PartSchema).min(1),
});
export type Component = z.infer<typeof ComponentSchema>;

// Tabel 6 of PermenPAN-RB 90/2021 Lampiran II: requirements for Menuju WBK / Menuju WBBM.
export const ThresholdSetSchema = z.object({
  totalMin: z.number().min(0),
  pengungkitMin: z.number().min(0),
  areaMinPercent: z.number().min(0).max(100),
  bersihAkuntabelMin: z.number().min(0),
  surveiAntiKorupsiMin: z.number().min(0),
  surveiAntiKorupsiIndexMin: z.number().min(0).optional(),
  kinerjaLebihBaikMin: z.number().min(0),
  pelayananPrimaMin: z.number().min(0),
  pelayananPrimaIndexMin: z.number().min(0).optional(),
  requiresWbk: z.boolean(),
});
export type ThresholdSet = z.infer<typeof ThresholdSetSchema>;

export const LkeVersionSchema = z.object({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "id harus kebab-case, mis. pm90-2021"),
  title: z.string(),
  scales: z.object({
    YA_TIDAK: z.array(ScaleOptionSchema).min(2),
    ABC: z.array(ScaleOptionSchema).min(2),
    ABCD: z.array(ScaleOptionSchema).min(2),
    ABCDE: z.array(ScaleOptionSchema).min(2),
  }),
  components: z.array(ComponentSchema).min(1),
  thresholds: z.object({ WBK: ThresholdSetSchema, WBBM: ThresholdSetSchema }),
});
export type LkeVersion = z.infer<typeof LkeVersionSchema>;
