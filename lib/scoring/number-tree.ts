import { AREA_CODES, type AreaCode } from "@/lib/lke/schema";
import type { CompiledLke } from "./compile-lke";
import { gcdNumber } from "./exact";
import type { CheckRule, CompiledThresholds } from "./tabel6-checks";

// The LKE tree for the number path (number-plan.ts) as one flat array of scores: indicators,
// then area nodes, parts, components and the total. Each sum node lists the offsets of its
// children, so summing the tree is one loop over an Int32Array. Tabel 6 rows point at offsets.
// Also the bound that keeps the number path exact: every score is at most the sum of its
// indicators' weights (values are 0–1), so with den ≤ maxDen no numerator passes 2^53.

export type NumberCheck = {
  rule: CheckRule;
  area: AreaCode | undefined;
  label: string;
  required: number;
  /** The threshold as num / den. */
  minNum: number;
  minDen: number;
  /** A score offset, or for areaMinPercent the area's index in AREA_CODES. */
  source: number;
};

export type NumberTree = {
  indicatorCount: number;
  /** Offsets: area nodes, parts, components, total follow the indicators in this order. */
  areaNodeBase: number;
  partBase: number;
  componentBase: number;
  total: number;
  /** Sum node k (offset indicatorCount + k) adds children[childStart[k] .. childStart[k + 1]). */
  childStart: Int32Array;
  children: Int32Array;
  /** Per area (AREA_CODES order): offsets of its Pemenuhan and Reform nodes; percent = score × percentMul / (den × percentDen). */
  areaPemenuhan: Int32Array;
  areaReform: Int32Array;
  percentMul: Float64Array;
  percentDen: Float64Array;
  roles: { [K in keyof CompiledLke["roles"]]: number };
  checks: { WBK: NumberCheck[]; WBBM: NumberCheck[] };
  maxDen: number;
};

const SMALL = 2n ** 26n;

export function compileNumberTree(compiled: CompiledLke): NumberTree | null {
  const { indicators, areaNodes, parts, components, roles } = compiled;
  const areaNodeBase = indicators.length;
  const partBase = areaNodeBase + areaNodes.length;
  const componentBase = partBase + parts.length;
  const total = componentBase + components.length;
  const sums: number[][] = [
    ...areaNodes.map((node) => node.children),
    ...parts.map((part) => part.children.map((i) => (part.holds === "areas" ? areaNodeBase + i : i))),
    ...components.map((component) => component.children.map((i) => partBase + i)),
    components.map((_, i) => componentBase + i),
  ];
  const childStart = new Int32Array(sums.length + 1);
  sums.forEach((children, k) => (childStart[k + 1] = (childStart[k] ?? 0) + children.length));

  // Bounds: an indicator scores at most its weight times the largest value one of its questions
  // can take (1, or a larger scale value or best value if a version had one); a sum node the sum
  // of its children. Values are never negative (number-read.ts sees to answers), so the gains,
  // best − current, stay within the bounds too.
  const scaled = compiled.questions.flatMap((q) => (q.rule.kind === "choice" ? [...q.rule.values.values()] : []));
  if (scaled.some((value) => value < 0)) return null;
  const bests = compiled.questions.map((q) => Number(q.best.num) / Number(q.best.den));
  const largest = Math.max(1, ...bests, ...scaled.map((value) => value / compiled.scaleDen));
  const bound = indicators.map((indicator) => indicator.weight * largest);
  for (const children of sums) bound.push(children.reduce((acc, i) => acc + (bound[i] ?? 0), 0));

  // Percent = score × 100 / weight: 100 / weight reduced, so that its numerator stays small.
  const area = (code: AreaCode) => compiled.areas[code];
  const percentMul: number[] = [];
  const percentDen: number[] = [];
  for (const code of AREA_CODES) {
    const { num, den } = area(code).weightFraction;
    if (num > SMALL || den > SMALL) return null;
    const divisor = gcdNumber(Number(den) * 100, Number(num));
    percentMul.push((Number(den) * 100) / divisor);
    percentDen.push(Number(num) / divisor);
  }
  // No score passes the total's bound; an area percent, whose numerator is larger, takes bigint
  // where it must (number-checks.ts), which is rarer than giving up the whole number path.
  const maxNumerator = Math.ceil(Math.max(...bound) * (1 + 1e-9));

  const offsets = {
    pengungkit: componentBase + roles.pengungkit, hasil: componentBase + roles.hasil,
    pemenuhan: partBase + roles.pemenuhan, reform: partBase + roles.reform,
    bersihAkuntabel: partBase + roles.bersihAkuntabel, pelayananPrima: partBase + roles.pelayananPrima,
    surveiAntiKorupsi: roles.surveiAntiKorupsi, kinerjaLebihBaik: roles.kinerjaLebihBaik,
  };
  const sources: Record<Exclude<CheckRule, "areaMinPercent" | "requiresWbk">, number> = {
    totalMin: total, pengungkitMin: offsets.pengungkit, bersihAkuntabelMin: offsets.bersihAkuntabel,
    surveiAntiKorupsiMin: offsets.surveiAntiKorupsi, kinerjaLebihBaikMin: offsets.kinerjaLebihBaik,
    pelayananPrimaMin: offsets.pelayananPrima,
  };
  const checks = (thresholds: CompiledThresholds): NumberCheck[] =>
    thresholds.templates.map((t) => ({
      rule: t.rule, area: t.rule === "areaMinPercent" ? t.area : undefined, label: t.label, required: t.required,
      minNum: Number(t.min.num), minDen: Number(t.min.den),
      source: t.rule === "areaMinPercent" ? AREA_CODES.indexOf(t.area) : sources[t.rule],
    }));
  const tree: NumberTree = {
    indicatorCount: indicators.length, areaNodeBase, partBase, componentBase, total, childStart,
    children: Int32Array.from(sums.flat()),
    areaPemenuhan: Int32Array.from(AREA_CODES, (code) => areaNodeBase + area(code).pemenuhan),
    areaReform: Int32Array.from(AREA_CODES, (code) => areaNodeBase + area(code).reform),
    percentMul: Float64Array.from(percentMul), percentDen: Float64Array.from(percentDen),
    roles: offsets, checks: { WBK: checks(compiled.thresholds.WBK), WBBM: checks(compiled.thresholds.WBBM) },
    maxDen: Math.floor(Number.MAX_SAFE_INTEGER / maxNumerator),
  };
  const constants = [...tree.checks.WBK, ...tree.checks.WBBM].flatMap((c) => [c.minNum, c.minDen]);
  return constants.every((n) => Number.isSafeInteger(n) && n >= 0 && n <= Number(SMALL)) ? tree : null;
}
