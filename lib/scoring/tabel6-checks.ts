import { formatDecimal } from "@/lib/lke/problem";
import { AREA_CODES, type AreaCode, type ThresholdSet } from "@/lib/lke/schema";
import type { Arith } from "./arith";
import { type Fraction, fromDecimal } from "./exact";

// Tabel 6 of PermenPAN-RB 90/2021 (Lampiran II, "Persyaratan penetapan unit kerja/satuan kerja
// Menuju WBK/WBBM"): every row becomes a named check with its actual and required value. A row is
// met when the value is greater than or equal to the requirement, compared exactly. The labels
// and required fractions are built once per version; scoring only fills in the actual values.

export type CheckRule =
  | "totalMin"
  | "pengungkitMin"
  | "areaMinPercent"
  | "bersihAkuntabelMin"
  | "surveiAntiKorupsiMin"
  | "kinerjaLebihBaikMin"
  | "pelayananPrimaMin"
  | "requiresWbk";

export type Check = {
  rule: CheckRule;
  /** Only for areaMinPercent (one check per area): the area this check is about. */
  area?: AreaCode;
  label: string;
  actual: number | boolean;
  required: number | boolean;
  pass: boolean;
};

type MinRule = Exclude<CheckRule, "requiresWbk" | "areaMinPercent">;

/** An exact, not necessarily reduced, num/den in one of the forms of arith.ts. */
export type Ratio<T> = { num: T; den: T };
/** The exact figures Tabel 6 looks at. Area figures are percents (0–100). */
export type Tabel6Figures<T> = Record<MinRule, Ratio<T>> & { areaMinPercent: Record<AreaCode, Ratio<T>> };

type Template =
  | { rule: MinRule; label: string; required: number; min: Fraction }
  | { rule: "areaMinPercent"; area: AreaCode; label: string; required: number; min: Fraction };
export type CompiledThresholds = { templates: Template[]; requiresWbk: boolean };

export function compileThresholds(set: ThresholdSet, areaNames: Record<AreaCode, string>): CompiledThresholds {
  const index = (value: number | undefined) => (value === undefined ? "" : ` (indeks ${formatDecimal(value)})`);
  const min = (rule: MinRule, subject: string, suffix = ""): Template => ({
    rule, label: `${subject} minimal ${formatDecimal(set[rule])}${suffix}`, required: set[rule], min: fromDecimal(set[rule]),
  });
  const templates: Template[] = [
    min("totalMin", "Nilai total"),
    min("pengungkitMin", "Nilai komponen pengungkit"),
    ...AREA_CODES.map((area): Template => ({
      rule: "areaMinPercent",
      area,
      label: `Nilai area ${areaNames[area]} minimal ${formatDecimal(set.areaMinPercent)}% dari bobotnya`,
      required: set.areaMinPercent,
      min: fromDecimal(set.areaMinPercent),
    })),
    min("bersihAkuntabelMin", "Nilai Pemerintah yang Bersih dan Akuntabel"),
    min("surveiAntiKorupsiMin", "Nilai Survei Persepsi Anti Korupsi", index(set.surveiAntiKorupsiIndexMin)),
    min("kinerjaLebihBaikMin", "Nilai Kinerja Lebih Baik"),
    min("pelayananPrimaMin", "Nilai Pelayanan Publik yang Prima", index(set.pelayananPrimaIndexMin)),
  ];
  return { templates, requiresWbk: set.requiresWbk };
}

export const REQUIRES_WBK_LABEL = "Unit kerja telah mendapatkan predikat Menuju WBK";

export function checkTabel6<T>(args: {
  arith: Arith<T>;
  thresholds: CompiledThresholds;
  figures: Tabel6Figures<T>;
  holdsWbk: boolean;
}): Check[] {
  const { arith, thresholds, figures, holdsWbk } = args;
  const passes = (actual: Ratio<T>, min: Fraction) =>
    arith.atLeast(actual.num, actual.den, arith.fromBig(min.num), arith.fromBig(min.den));
  const checks: Check[] = thresholds.templates.map((template): Check => {
    const { rule, label, required, min } = template;
    if (rule === "areaMinPercent") {
      const actual = figures.areaMinPercent[template.area];
      const pass = passes(actual, min);
      return { rule, area: template.area, label, actual: arith.toNumber(actual.num, actual.den), required, pass };
    }
    const actual = figures[rule];
    return { rule, label, actual: arith.toNumber(actual.num, actual.den), required, pass: passes(actual, min) };
  });
  if (thresholds.requiresWbk) {
    checks.push({
      rule: "requiresWbk",
      label: REQUIRES_WBK_LABEL,
      actual: holdsWbk,
      required: true,
      pass: holdsWbk,
    });
  }
  return checks;
}

export function allPass(checks: Check[]): boolean {
  return checks.every((c) => c.pass);
}
