import "server-only";
import type { Db } from "@/lib/db/create-client";
import { listSections, sectionQuestionCodes, type SectionKey } from "@/lib/lke/sections";
import type { LkeVersion } from "@/lib/lke/schema";
import type { ScoreResult } from "@/lib/scoring/score-types";
import { hasTpiValue, listReviewAnswers } from "./answers";
import { countUnreviewed, scoreBothSides } from "./score-both";

export type ReviewSectionRow = {
  key: SectionKey;
  name: string;
  /** Area score (Pemenuhan + Reform) or, for the Hasil page, the Hasil component score. */
  unitScore: number;
  tpiScore: number;
  weight: number;
  questions: number;
  unreviewed: number;
  flagged: number;
};

export type ReviewOverview = { unit: ScoreResult; tpi: ScoreResult; sections: ReviewSectionRow[]; unreviewed: number; flagged: number };

/** What the review overview shows: both sides per area and in total, from one query and lib/scoring. */
export async function getReviewOverview({ db, lke, assessmentId }: { db: Db; lke: LkeVersion; assessmentId: string }): Promise<ReviewOverview> {
  const answers = await listReviewAnswers({ db, assessmentId });
  const { unit, tpi } = scoreBothSides({ lke, answers: answers.values() });
  // The Hasil page is the component without areas (PermenPAN-RB 90/2021: Hasil, weight 40).
  const hasilWeight = lke.components.find((c) => c.parts.every((p) => !p.areas))?.weight ?? 0;
  const sections = listSections(lke).map((section) => {
    const codes = sectionQuestionCodes(section);
    return {
      key: section.key,
      name: section.name,
      unitScore: section.area ? unit.areas[section.area].score : unit.hasil,
      tpiScore: section.area ? tpi.areas[section.area].score : tpi.hasil,
      weight: section.area ? unit.areas[section.area].weight : hasilWeight,
      questions: codes.length,
      unreviewed: codes.filter((c) => !hasTpiValue(answers.get(c))).length,
      flagged: codes.filter((c) => answers.get(c)?.tpiFlag).length,
    };
  });
  return { unit, tpi, sections, unreviewed: countUnreviewed(tpi), flagged: sections.reduce((n, s) => n + s.flagged, 0) };
}
