import { scaledInteger } from "./decimal";
import { formatDecimal, type Problem } from "./problem";
import type { LkeVersion } from "./schema";

// Weights roll up exactly: component = Σ parts, part = Σ areas (Pengungkit) or Σ indicators
// (Hasil), area = Σ indicators, and the components make 100 (PermenPAN-RB 90/2021, Lampiran II
// Tabel 3 and 4). Sums are compared on integers (weight × 1000), so 0.1 + 0.2 = 0.3 holds.

const SCALE = 1000;
const TOTAL_WEIGHT = 100;

type Weighted = { code: string; weight: number };

export function checkWeights(lke: LkeVersion): Problem[] {
  const problems: Problem[] = [];
  const reported = new Set<Weighted>();
  const scaled = (node: Weighted): number | null => {
    const value = scaledInteger(node.weight, SCALE);
    if (value === null && !reported.has(node)) {
      reported.add(node);
      problems.push({ path: node.code, reason: `bobot ${formatDecimal(node.weight)} harus kelipatan 0,001` });
    }
    return value;
  };
  const compare = (path: string, parentWeight: number | null, children: Weighted[], what: string) => {
    const childWeights = children.map(scaled);
    if (parentWeight === null || childWeights.some((w) => w === null) || children.length === 0) return;
    const sum = childWeights.reduce<number>((acc, w) => acc + (w ?? 0), 0);
    if (sum === parentWeight) return;
    const terms = children.map((c) => formatDecimal(c.weight)).join(" + ");
    problems.push({
      path,
      reason: `jumlah bobot ${what} (${terms} = ${formatDecimal(sum / SCALE)}) tidak sama dengan bobotnya (${formatDecimal(parentWeight / SCALE)})`,
    });
  };

  compare("components", TOTAL_WEIGHT * SCALE, lke.components, "komponen");
  for (const component of lke.components) {
    compare(component.code, scaled(component), component.parts, "bagian");
    for (const part of component.parts) {
      const partWeight = scaled(part);
      if (part.areas) compare(part.code, partWeight, part.areas, "area");
      if (part.indicators) compare(part.code, partWeight, part.indicators, "indikator");
      for (const area of part.areas ?? []) {
        compare(area.code, scaled(area), area.indicators, "indikator");
      }
    }
  }
  return problems;
}
