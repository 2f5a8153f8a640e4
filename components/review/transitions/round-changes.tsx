import { getAssessmentForUser } from "@/lib/assessment/access";
import { getSessionUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/prisma";
import { type AnswerSide, listRoundChanges } from "@/lib/review/transitions/round-changes";

function describe(side: AnswerSide): string {
  const value = side.value === null ? "(kosong)" : typeof side.value === "object" ? Object.entries(side.value).map(([k, v]) => `${k}: ${String(v)}`).join("; ") : String(side.value);
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
  return (
    <section className="rounded-xl border border-slate-200 bg-white p-4" aria-labelledby="perubahan-putaran">
      <h2 id="perubahan-putaran" className="font-semibold">Perubahan sejak pengembalian</h2>
      <table className="mt-2 w-full text-left text-sm">
        <thead>
          <tr className="text-slate-600">
            <th scope="col" className="py-1 pr-2">Pertanyaan</th>
            <th scope="col" className="py-1 pr-2">Sebelum</th>
            <th scope="col" className="py-1">Sesudah</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {changes.map((c) => (
            <tr key={c.questionCode} className="align-top">
              <th scope="row" className="py-1 pr-2 font-mono text-xs font-normal">
                {c.questionCode}
                {!c.changed && <span className="block font-sans text-amber-800">tidak diubah</span>}
              </th>
              <td className="py-1 pr-2">{describe(c.before)}</td>
              <td className="py-1">{describe(c.after)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
