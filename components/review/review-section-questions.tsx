import { IndicatorHeading } from "@/components/assessment/indicator-heading";
import { LiveReviewIndicatorScore } from "@/components/assessment/live-indicator-score";
import { QuestionComments } from "@/components/comments/question-comments";
import { toFormValues } from "@/lib/assessment/answer-form";
import type { CommentView } from "@/lib/comments/schemas";
import type { EvidenceByQuestion } from "@/lib/evidence/queries";
import type { Section } from "@/lib/lke/sections";
import { hasTpiValue, type ReviewAnswer } from "@/lib/review/answers";
import type { BothScores } from "@/lib/review/score-both";
import { AcceptButton } from "./accept-button";
import { ReviewQuestionCard } from "./review-question-card";
import { UnitAnswerSide } from "./unit-answer-side";

type Props = {
  assessmentId: string;
  section: Section;
  answers: Map<string, ReviewAnswer>;
  evidence: EvidenceByQuestion;
  scores: BothScores;
  editable: boolean;
  comments: Record<string, CommentView[]>;
};

/** The questions of one area under review, by indicator, each indicator with "Terima jawaban unit". */
export function ReviewSectionQuestions({ assessmentId, section, answers, evidence, scores, editable, comments }: Props) {
  const unitScores = new Map(scores.unit.indicators.map((i) => [i.code, i.score]));
  const tpiScores = new Map(scores.tpi.indicators.map((i) => [i.code, i.score]));
  // Only questions the unit answered can be accepted; the others need the TPI's own value.
  const acceptable = (codes: string[]) => codes.filter((c) => !hasTpiValue(answers.get(c)) && answers.get(c)?.unitValue != null).length;
  let part = "";
  return (
    <div className="space-y-6">
      {section.groups.map(({ partName, indicator, questions }) => {
        const showPart = partName !== part;
        part = partName;
        const unitScore = unitScores.get(indicator.code) ?? 0;
        const tpiScore = tpiScores.get(indicator.code) ?? 0;
        return (
          <section key={indicator.code} aria-labelledby={`ind-${indicator.code}`} className="space-y-3">
            <IndicatorHeading
              indicator={indicator}
              partName={showPart ? partName : null}
              scores={<LiveReviewIndicatorScore code={indicator.code} weight={indicator.weight} unitScore={unitScore} initialTpi={tpiScore} />}
            />
            {editable && <AcceptButton input={{ assessmentId, scope: "indicator", key: indicator.code }} label="Terima jawaban unit untuk indikator ini" pendingCount={acceptable(questions.map((q) => q.code))} />}
            {questions.map((question) => {
              const stored = answers.get(question.code);
              const reviewed = hasTpiValue(stored);
              return (
                <ReviewQuestionCard
                  key={`${question.code}-${stored?.version ?? 0}`}
                  assessmentId={assessmentId}
                  question={question}
                  editable={editable}
                  initial={{
                    values: toFormValues(question, reviewed ? stored?.tpiValue : (stored?.unitValue ?? null), stored?.tpiNote ?? null),
                    flag: stored?.tpiFlag ?? false,
                    version: stored?.version ?? 0,
                    reviewed,
                    unitAnswered: stored?.unitValue !== null && stored?.unitValue !== undefined,
                  }}
                >
                  <UnitAnswerSide assessmentId={assessmentId} question={question} value={stored?.unitValue ?? null} note={stored?.unitNote ?? null} evidence={evidence[question.code] ?? []} />
                  <QuestionComments assessmentId={assessmentId} questionCode={question.code} initial={comments[question.code] ?? []} />
                </ReviewQuestionCard>
              );
            })}
          </section>
        );
      })}
    </div>
  );
}
