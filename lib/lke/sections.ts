import type { AreaCode, Indicator, LkeVersion, Question } from "./schema";
import { listIndicatorEntries } from "./walk";

// The LKE as the unit fills it in: one page per area (Pemenuhan and Reform indicators of that
// area together, as the worksheet's area blocks) and one page for the Hasil component.

export const SECTION_KEYS = ["mp", "tl", "sdm", "ak", "pw", "pp", "hasil"] as const;
export type SectionKey = (typeof SECTION_KEYS)[number];

export type SectionGroup = { partName: string; indicator: Indicator; questions: Question[] };
export type Section = { key: SectionKey; area: AreaCode | null; name: string; groups: SectionGroup[] };

const cache = new WeakMap<LkeVersion, Section[]>();

export function listSections(lke: LkeVersion): Section[] {
  const cached = cache.get(lke);
  if (cached) return cached;
  const sections = new Map<SectionKey, Section>();
  for (const { component, part, area, indicator } of listIndicatorEntries(lke)) {
    const key = (area ? area.area.toLowerCase() : "hasil") as SectionKey;
    const name = area ? area.name : component.name;
    const section = sections.get(key) ?? { key, area: area?.area ?? null, name, groups: [] };
    section.groups.push({ partName: part.name, indicator, questions: indicator.questions });
    sections.set(key, section);
  }
  const ordered = SECTION_KEYS.map((key) => sections.get(key)).filter((s): s is Section => s !== undefined);
  cache.set(lke, ordered);
  return ordered;
}

export function getSection(lke: LkeVersion, key: string): Section | undefined {
  return listSections(lke).find((s) => s.key === key);
}

export function sectionQuestionCodes(section: Section): string[] {
  return section.groups.flatMap((g) => g.questions.map((q) => q.code));
}

/** Which page a question is on, for links from the gap list and the submit page. */
export function sectionOfQuestion(lke: LkeVersion, code: string): SectionKey | undefined {
  return listSections(lke).find((s) => s.groups.some((g) => g.questions.some((q) => q.code === code)))?.key;
}

export function findQuestion(lke: LkeVersion, code: string): Question | undefined {
  for (const section of listSections(lke)) {
    for (const group of section.groups) {
      const question = group.questions.find((q) => q.code === code);
      if (question) return question;
    }
  }
  return undefined;
}
