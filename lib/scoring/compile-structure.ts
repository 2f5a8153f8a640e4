import { LKE_ROLES } from "@/lib/lke/roles";
import type { AreaCode, LkeVersion } from "@/lib/lke/schema";
import { AREA_CODES } from "@/lib/lke/schema";
import type { CompiledArea, CompiledIndicator, CompiledLke, CompiledNode } from "./compile-lke";
import { toNumber } from "./exact";

// Where Tabel 6 looks (the role codes of lib/lke/roles.ts) and the six areas, each as its
// Pemenuhan and Reform node, found once per version.

export function compileRoles(
  lke: LkeVersion,
  tree: { components: CompiledNode[]; parts: CompiledNode[]; indicators: CompiledIndicator[] },
): CompiledLke["roles"] {
  const find = (list: { code: string }[], code: string): number => {
    const index = list.findIndex((item) => item.code === code);
    if (index < 0) throw new Error(`Versi LKE ${lke.id}: unsur ${code} (Tabel 6) tidak ada`);
    return index;
  };
  return {
    pengungkit: find(tree.components, LKE_ROLES.pengungkit),
    hasil: find(tree.components, LKE_ROLES.hasil),
    pemenuhan: find(tree.parts, LKE_ROLES.pemenuhan),
    reform: find(tree.parts, LKE_ROLES.reform),
    bersihAkuntabel: find(tree.parts, LKE_ROLES.bersihAkuntabel),
    pelayananPrima: find(tree.parts, LKE_ROLES.pelayananPrima),
    surveiAntiKorupsi: find(tree.indicators, LKE_ROLES.surveiAntiKorupsi),
    kinerjaLebihBaik: find(tree.indicators, LKE_ROLES.kinerjaLebihBaik),
  };
}

export function compileAreas(
  lke: LkeVersion,
  areaNodes: CompiledNode[],
  pemenuhan: CompiledNode | undefined,
  reform: CompiledNode | undefined,
): Record<AreaCode, CompiledArea> {
  const areaOf = new Map<number, AreaCode>();
  for (const part of lke.components.flatMap((c) => c.parts)) {
    for (const area of part.areas ?? []) {
      areaOf.set(areaNodes.findIndex((n) => n.code === area.code), area.area);
    }
  }
  const pick = (part: CompiledNode | undefined, code: AreaCode): number => {
    const index = part?.children.find((i) => areaOf.get(i) === code);
    if (index === undefined) throw new Error(`Versi LKE ${lke.id}: area ${code} tidak lengkap`);
    return index;
  };
  const entries = AREA_CODES.map((code): [AreaCode, CompiledArea] => {
    const p = pick(pemenuhan, code);
    const r = pick(reform, code);
    const first = areaNodes[p];
    const second = areaNodes[r];
    if (!first || !second) throw new Error(`Versi LKE ${lke.id}: area ${code} tidak lengkap`);
    const weightFraction = {
      num: first.weightFraction.num * second.weightFraction.den + second.weightFraction.num * first.weightFraction.den,
      den: first.weightFraction.den * second.weightFraction.den,
    };
    const weight = toNumber(weightFraction.num, weightFraction.den);
    return [code, { name: first.name, weight, weightFraction, pemenuhan: p, reform: r }];
  });
  return Object.fromEntries(entries) as Record<AreaCode, CompiledArea>;
}
