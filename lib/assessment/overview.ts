import "server-only";
import type { Db } from "@/lib/db/create-client";
import { listSections, sectionQuestionCodes, type SectionKey } from "@/lib/lke/sections";
import type { LkeVersion } from "@/lib/lke/schema";
import { scoreAssessment } from "@/lib/scoring/score-assessment";
import type { ScoreResult } from "@/lib/scoring/score-types";
import { listAnswers, toScoringAnswers } from "./answers";
import { questionCodesOf } from "./lke-of";
import { holdsWbkFor } from "@/lib/eligibility/unit-facts";

export type SectionProgress = { key: SectionKey; name: string; answered: number; total: number; withoutEvidence: number; recheck: number; percent: number | null };
export type AssessmentOverview = { score: ScoreResult; sections: SectionProgress[]; unanswered: number; withoutEvidence: number; recheck: number; empty: boolean };

/** Everything the operator's overview shows, from two queries and one scoring run. */
export async function getAssessmentOverview({ db, lke, assessment }: { db: Db; lke: LkeVersion; assessment: { id: string; unitId: string; period: { id: string } } }): Promise<AssessmentOverview> {
  const assessmentId = assessment.id;
  const [answers, evidence, holdsWbk] = await Promise.all([
    listAnswers({ db, assessmentId }),
    db.evidence.groupBy({ by: ["questionCode"], where: { assessmentId }, _count: true }),
    holdsWbkFor({ db, unitId: assessment.unitId, periodId: assessment.period.id }),
  ]);
  const withEvidence = new Set(evidence.map((e) => e.questionCode));
  // "Already holds WBK" from the predicate register (Tabel 6, last WBBM row).
  const score = scoreAssessment({ lke, answers: toScoringAnswers(answers, questionCodesOf(lke)), holdsWbk });
  const sections = listSections(lke).map((section) => {
    const codes = sectionQuestionCodes(section);
    const answered = codes.filter((c) => answers.get(c)?.unitValue != null);
    return {
      key: section.key,
      name: section.name,
      answered: answered.length,
      total: codes.length,
      withoutEvidence: answered.filter((c) => !withEvidence.has(c)).length,
      recheck: codes.filter((c) => answers.get(c)?.needsRecheck).length,
      percent: section.area ? score.areas[section.area].percent : null,
    };
  });
  const sum = (pick: (s: SectionProgress) => number) => sections.reduce((n, s) => n + pick(s), 0);
  const empty = answers.size === 0 && evidence.length === 0;
  return { score, sections, unanswered: sum((s) => s.total - s.answered), withoutEvidence: sum((s) => s.withoutEvidence), recheck: sum((s) => s.recheck), empty };
}
