import Link from "next/link";
import { SubmitButton } from "@/components/assessment/submit-button";
import type { LkeVersion } from "@/lib/lke/schema";
import { findQuestion } from "@/lib/lke/sections";
import { describeAnswerInline } from "@/lib/review/describe-answer";
import type { ReturnedQuestion } from "@/lib/review/transitions/queries";

type Props = { assessmentId: string; questions: ReturnedQuestion[]; lke: LkeVersion; href: (code: string) => string; canResubmit: boolean };

/** The unit's overview of a RETURNED LKE: what the TPI sent back, with its notes, and the resubmit. */
export function ReturnedQuestions({ assessmentId, questions, lke, href, canResubmit }: Props) {
  const open = questions.filter((q) => !q.answered).length;
  return (
    <section className="rounded-xl border border-amber-300 bg-amber-50 p-4" aria-labelledby="dikembalikan">
      <h2 id="dikembalikan" className="font-semibold">TPI mengembalikan {questions.length} pertanyaan untuk diperbaiki</h2>
      <p className="text-sm text-slate-700">Hanya pertanyaan ini yang dapat diubah (jawaban dan bukti dukungnya). Setelah selesai, ajukan ulang LKE ke TPI.</p>
      <ul className="mt-2 space-y-2 text-sm">
        {questions.map((q) => {
          const question = findQuestion(lke, q.code);
          return (
            <li key={q.code} className="rounded-md bg-white p-2">
              <Link href={href(q.code)} className="underline">
                <span className="mr-1 font-mono text-xs">{q.code}</span>
                {question?.text}
              </Link>
              {!q.answered && <span className="ml-2 text-xs font-semibold text-red-700">belum dijawab</span>}
              <p className="mt-1 whitespace-pre-wrap">Catatan TPI: {q.tpiNote ?? "TPI tidak menulis catatan."}</p>
              {question && <p className="mt-1 text-slate-700" data-testid={`returned-tpi-value-${q.code}`}>Nilai TPI: {describeAnswerInline(question, q.tpiValue)}</p>}
            </li>
          );
        })}
      </ul>
      {canResubmit && (
        <div className="mt-3">
          {open > 0 && <p className="mb-2 text-sm text-red-700">Jawab dulu {open} pertanyaan yang dikembalikan sebelum mengajukan ulang.</p>}
          <SubmitButton assessmentId={assessmentId} disabled={open > 0} />
        </div>
      )}
    </section>
  );
}
