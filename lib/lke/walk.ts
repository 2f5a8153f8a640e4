import type { Area, Component, Indicator, LkeVersion, Part, Question } from "./schema";

// The LKE tree has two shapes below a part: Pengungkit parts hold areas that hold indicators,
// Hasil parts hold indicators directly. These helpers flatten both into one list so that
// validation and scoring walk the same order: the order of the LKE (Lampiran III).

export type IndicatorEntry = {
  component: Component;
  part: Part;
  area: Area | null;
  indicator: Indicator;
};

export type QuestionEntry = IndicatorEntry & { question: Question };

export function listIndicatorEntries(lke: LkeVersion): IndicatorEntry[] {
  const entries: IndicatorEntry[] = [];
  for (const component of lke.components) {
    for (const part of component.parts) {
      for (const area of part.areas ?? []) {
        for (const indicator of area.indicators) entries.push({ component, part, area, indicator });
      }
      for (const indicator of part.indicators ?? []) entries.push({ component, part, area: null, indicator });
    }
  }
  return entries;
}

export function listQuestionEntries(lke: LkeVersion): QuestionEntry[] {
  return listIndicatorEntries(lke).flatMap((entry) =>
    entry.indicator.questions.map((question) => ({ ...entry, question })),
  );
}
