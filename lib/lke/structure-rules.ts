import { formatDecimal, type Problem } from "./problem";
import { LKE_ROLES } from "./roles";
import { AREA_CODES, type Area, type LkeVersion, type Part } from "./schema";
import { listIndicatorEntries, listQuestionEntries } from "./walk";

// Rules on the tree as a whole: codes are unique, each of the six areas sits once under Pemenuhan
// and once under Reform with the same weight (PermenPAN-RB 90/2021 Lampiran II: "bobot terbagi
// masing-masing 50 persen"), the nodes Tabel 6 names exist, and grouped indicators
// (LHKPN/LHKASN under "A.II.5.iii") agree on their group.

export function checkStructure(lke: LkeVersion): Problem[] {
  return [...checkUniqueCodes(lke), ...checkPartShapes(lke), ...checkRoles(lke), ...checkAreas(lke), ...checkGroups(lke)];
}

function checkUniqueCodes(lke: LkeVersion): Problem[] {
  const codes = [
    ...lke.components.flatMap((c) => [c.code, ...c.parts.map((p) => p.code)]),
    ...lke.components.flatMap((c) => c.parts.flatMap((p) => (p.areas ?? []).map((a) => a.code))),
    ...listIndicatorEntries(lke).map((e) => e.indicator.code),
    ...listQuestionEntries(lke).map((e) => e.question.code),
  ];
  const seen = new Set<string>();
  const problems: Problem[] = [];
  for (const code of codes) {
    if (seen.has(code)) problems.push({ path: code, reason: `kode "${code}" dipakai lebih dari sekali dalam versi ini` });
    seen.add(code);
  }
  for (const { indicator } of listIndicatorEntries(lke)) {
    if (indicator.groupCode !== undefined && seen.has(indicator.groupCode)) {
      problems.push({ path: indicator.code, reason: `groupCode "${indicator.groupCode}" sama dengan kode unsur lain` });
    }
  }
  return problems;
}

function checkPartShapes(lke: LkeVersion): Problem[] {
  const problems: Problem[] = [];
  for (const part of lke.components.flatMap((c) => c.parts)) {
    if ((part.areas === undefined) === (part.indicators === undefined)) {
      problems.push({ path: part.code, reason: "bagian harus berisi salah satu saja: areas atau indicators" });
    }
  }
  return problems;
}

function checkRoles(lke: LkeVersion): Problem[] {
  const problems: Problem[] = [];
  const component = (code: string) => lke.components.find((c) => c.code === code);
  const requirePart = (componentCode: string, code: string, holds: "areas" | "indicators"): Part | undefined => {
    const part = component(componentCode)?.parts.find((p) => p.code === code);
    if (!part || !part[holds]) {
      problems.push({ path: code, reason: `bagian ${code} berisi ${holds} wajib ada di bawah komponen ${componentCode} (Tabel 6)` });
    }
    return part;
  };
  for (const code of [LKE_ROLES.pengungkit, LKE_ROLES.hasil]) {
    if (!component(code)) problems.push({ path: code, reason: `komponen ${code} wajib ada (Tabel 6)` });
  }
  requirePart(LKE_ROLES.pengungkit, LKE_ROLES.pemenuhan, "areas");
  requirePart(LKE_ROLES.pengungkit, LKE_ROLES.reform, "areas");
  requirePart(LKE_ROLES.hasil, LKE_ROLES.pelayananPrima, "indicators");
  const bersih = requirePart(LKE_ROLES.hasil, LKE_ROLES.bersihAkuntabel, "indicators");
  for (const code of [LKE_ROLES.surveiAntiKorupsi, LKE_ROLES.kinerjaLebihBaik]) {
    if (bersih?.indicators && !bersih.indicators.some((i) => i.code === code)) {
      problems.push({ path: code, reason: `indikator ${code} wajib ada di bawah ${bersih.code} (Tabel 6)` });
    }
  }
  return problems;
}

function checkAreas(lke: LkeVersion): Problem[] {
  const problems: Problem[] = [];
  const pengungkit = lke.components.find((c) => c.code === LKE_ROLES.pengungkit);
  const parts = [LKE_ROLES.pemenuhan, LKE_ROLES.reform].map((code) => pengungkit?.parts.find((p) => p.code === code));
  for (const component of lke.components) {
    for (const part of component.parts) {
      if (part.areas && !parts.includes(part)) {
        problems.push({ path: part.code, reason: "area hanya boleh berada di bawah Pemenuhan atau Reform" });
      }
    }
  }
  for (const areaCode of AREA_CODES) {
    const found: Area[] = [];
    for (const part of parts) {
      if (!part?.areas) continue;
      const areas = part.areas.filter((a) => a.area === areaCode);
      if (areas.length !== 1) {
        problems.push({ path: part.code, reason: `area ${areaCode} harus muncul tepat sekali (ditemukan ${areas.length})` });
      }
      found.push(...areas);
    }
    const [first, second] = found;
    if (found.length === 2 && first && second && first.weight !== second.weight) {
      problems.push({
        path: second.code,
        reason: `bobot area ${areaCode} di Reform (${formatDecimal(second.weight)}) harus sama dengan di Pemenuhan (${formatDecimal(first.weight)})`,
      });
    }
  }
  return problems;
}

function checkGroups(lke: LkeVersion): Problem[] {
  const problems: Problem[] = [];
  const groups = new Map<string, { name: string | undefined; area: Area | null }>();
  for (const { indicator, area } of listIndicatorEntries(lke)) {
    if ((indicator.groupCode === undefined) !== (indicator.groupName === undefined)) {
      problems.push({ path: indicator.code, reason: "groupCode dan groupName harus diisi bersama" });
    }
    if (indicator.groupCode === undefined) continue;
    const group = groups.get(indicator.groupCode);
    if (!group) groups.set(indicator.groupCode, { name: indicator.groupName, area });
    else if (group.name !== indicator.groupName || group.area !== area) {
      problems.push({ path: indicator.code, reason: `indikator dalam grup ${indicator.groupCode} harus bernama grup dan berada di area yang sama` });
    }
  }
  return problems;
}
