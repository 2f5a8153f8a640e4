import type { StoredAnswer } from "@/lib/assessment/answers";
import { toFormValues } from "@/lib/assessment/answer-form";
import type { Section } from "@/lib/lke/sections";
import type { ScoreResult } from "@/lib/scoring/score-types";
import { EvidencePanel } from "@/components/evidence/evidence-panel";
import type { EvidenceByQuestion } from "@/lib/evidence/queries";
import { getEnv } from "@/lib/env";
import type { CommentView } from "@/lib/comments/schemas";
import { QuestionComments } from "@/components/comments/question-comments";
import { IndicatorHeading } from "./indicator-heading";
import { LiveIndicatorScore } from "./live-indicator-score";
import { QuestionCard } from "./question-card";

type Props = {
  assessmentId: string;
  section: Section;
  answers: Map<string, StoredAnswer>;
  evidence: EvidenceByQuestion;
  score: ScoreResult;
  editable: boolean;
  /** In a RETURNED LKE: the questions returned this round, with the TPI's note and answer; only these are editable. */
  returned?: Map<string, { note: string | null; tpiValue: unknown }>;
  /** The question threads with the TPI; when given, each card shows its thread. */
  comments?: Record<string, CommentView[]>;
};

/** The questions of one area, grouped by indicator in LKE order. */
export function SectionQuestions({ assessmentId, section, answers, evidence, score, editable, returned, comments }: Props) {
  const values = new Map(score.questions.map((q) => [q.code, q.answered ? q.value : null]));
  const indicatorScores = new Map(score.indicators.map((i) => [i.code, i.score]));
  let part = "";
  return (
    <div className="space-y-6">
      {section.groups.map(({ partName, indicator, questions }) => {
        const showPart = partName !== part;
        part = partName;
        return (
          <section key={indicator.code} aria-labelledby={`ind-${indicator.code}`} className="space-y-3">
            <IndicatorHeading
              indicator={indicator}
              partName={showPart ? partName : null}
              scores={<LiveIndicatorScore code={indicator.code} weight={indicator.weight} initial={indicatorScores.get(indicator.code) ?? 0} />}
            />
            {questions.map((question) => {
              const stored = answers.get(question.code);
              const isReturned = returned?.has(question.code) ?? false;
              const canEdit = editable || isReturned;
              return (
                <QuestionCard
                  key={question.code}
                  assessmentId={assessmentId}
                  question={question}
                  editable={canEdit}
                  returned={returned ? { returned: isReturned, note: returned.get(question.code)?.note ?? null, tpiValue: returned.get(question.code)?.tpiValue ?? null } : undefined}
                  initial={{
                    values: toFormValues(question, stored?.unitValue ?? null, stored?.unitNote ?? null),
                    version: stored?.version ?? 0,
                    value: values.get(question.code) ?? null,
                    needsRecheck: stored?.needsRecheck ?? false,
                  }}
                >
                  <EvidencePanel assessmentId={assessmentId} questionCode={question.code} items={evidence[question.code] ?? []} editable={canEdit} maxMb={getEnv().EVIDENCE_MAX_MB} />
                  {comments && <QuestionComments assessmentId={assessmentId} questionCode={question.code} initial={comments[question.code] ?? []} />}
                </QuestionCard>
              );
            })}
          </section>
        );
      })}
    </div>
  );
}
