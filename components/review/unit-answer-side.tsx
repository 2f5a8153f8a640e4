import { EvidencePanel } from "@/components/evidence/evidence-panel";
import { getEnv } from "@/lib/env";
import type { EvidenceItem } from "@/lib/evidence/types";
import type { Question } from "@/lib/lke/schema";
import { describeAnswer } from "@/lib/review/describe-answer";

type Props = { assessmentId: string; question: Question; value: unknown; note: string | null; evidence: EvidenceItem[] };

/** The unit's answer as submitted, read-only: option text, counts or index, its note and bukti dukung. */
export function UnitAnswerSide({ assessmentId, question, value, note, evidence }: Props) {
  const lines = describeAnswer(question, value);
  return (
    <>
      <h4 className="text-sm font-semibold text-slate-800">Jawaban unit</h4>
      {lines.length === 0 ? (
        <p className="text-sm font-medium text-red-700">Tidak dijawab unit</p>
      ) : (
        <dl className="space-y-1 text-sm" data-testid={`unit-answer-${question.code}`}>
          {lines.map((line) => (
            <div key={line.label}>
              <dt className="inline font-semibold">{line.label}{line.text ? "." : ""}</dt> <dd className="inline">{line.text}</dd>
            </div>
          ))}
        </dl>
      )}
      {note && <p className="text-sm text-slate-700">Catatan unit: “{note}”</p>}
      <EvidencePanel assessmentId={assessmentId} questionCode={question.code} items={evidence} editable={false} maxMb={getEnv().EVIDENCE_MAX_MB} />
    </>
  );
}
