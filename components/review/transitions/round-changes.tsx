import { getAssessmentForUser } from "@/lib/assessment/access";
import { getSessionUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/prisma";
import { lkeOf } from "@/lib/assessment/lke-of";
import type { Question } from "@/lib/lke/schema";
import { findQuestion } from "@/lib/lke/sections";
import { describeAnswerInline } from "@/lib/review/describe-answer";
import { type AnswerSide, listRoundChanges } from "@/lib/review/transitions/round-changes";

/** The answer in words: option labels, counts by their labels (describeAnswerInline), never stored keys. */
function describe(question: Question | undefined, side: AnswerSide): string {
  const value = question ? describeAnswerInline(question, side.value) : side.value === null ? "(kosong)" : "jawaban yang tidak ada lagi dalam LKE";
  return side.note ? `${value} — “${side.note}”` : value;
}

/** What the unit changed on the questions returned in the previous round (the TPI's review page). */
export async function RoundChanges({ assessmentId }: { assessmentId: string }) {
  const user = await getSessionUser();
  const db = getDb();
  const assessment = user && (await getAssessmentForUser({ db, user, assessmentId }));
  if (!assessment) return null;
  const changes = await listRoundChanges({ db, assessmentId: assessment.id });
  if (changes.length === 0) return null;
  const lke = lkeOf(assessment.period);
  return (
    <section className="rounded-xl border border-slate-200 bg-white p-4" aria-labelledby="perubahan-putaran">
      <h2 id="perubahan-putaran" className="font-semibold">Perubahan sejak pengembalian</h2>
      <table className="mt-2 w-full text-left text-sm">
        <thead>
          <tr className="text-slate-600">
            <th scope="col" className="py-1 pr-2">Pertanyaan</th>
            <th scope="col" className="py-1 pr-2">Sebelum</th>
            <th scope="col" className="py-1 pr-2">Sesudah</th>
            <th scope="col" className="py-1">Bukti dukung</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {changes.map((c) => (
            <tr key={c.questionCode} className="align-top">
              <th scope="row" className="py-1 pr-2 font-mono text-xs font-normal">
                {c.questionCode}
                {!c.changed && <span className="block font-sans text-amber-800">tidak diubah</span>}
              </th>
              <td className="py-1 pr-2">{describe(findQuestion(lke, c.questionCode), c.before)}</td>
              <td className="py-1 pr-2">{describe(findQuestion(lke, c.questionCode), c.after)}</td>
              <td className="py-1" data-testid={`round-evidence-${c.questionCode}`}>
                {c.evidence.added.length === 0 && c.evidence.removed.length === 0 && <span className="text-slate-600">tidak berubah</span>}
                {c.evidence.added.map((name) => <span key={`+${name}`} className="block break-all text-emerald-800">+ ditambah: {name}</span>)}
                {c.evidence.removed.map((name) => <span key={`-${name}`} className="block break-all text-red-800">− dihapus: {name}</span>)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
