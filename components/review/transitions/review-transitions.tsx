import { getAssessmentForUser } from "@/lib/assessment/access";
import { getSessionUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/prisma";
import { loadInstansiProfile } from "@/lib/instansi/load-profile";
import { getTransitionContext } from "@/lib/review/transitions/queries";
import { FinalResultView } from "./final-result";
import { FinalizeForm } from "./finalize-form";
import { ReopenForm } from "./reopen-form";
import { ReturnPanel } from "./return-panel";

/**
 * The state changes of the review page for the signed-in user: return (assigned TPI, IN_REVIEW),
 * finalize (ketua tim), the result of a FINAL assessment, and reopening it (ADMIN).
 */
export async function ReviewTransitions({ assessmentId }: { assessmentId: string }) {
  const user = await getSessionUser();
  const db = getDb();
  const assessment = user && (await getAssessmentForUser({ db, user, assessmentId }));
  if (!user || !assessment) return null;
  const context = await getTransitionContext({ db, user, assessment });
  const reviewing = assessment.state === "IN_REVIEW" || assessment.state === "SUBMITTED";

  if (assessment.state === "FINAL") {
    return (
      <div className="space-y-4">
        {context.final && <FinalResultView result={context.final} zone={(await loadInstansiProfile()).timeZone} />}
        {user.role === "ADMIN" && <ReopenForm assessmentId={assessment.id} />}
      </div>
    );
  }
  if (!context.assigned || !reviewing) return null;
  return (
    <div className="space-y-4">
      {assessment.state === "IN_REVIEW" && <ReturnPanel assessmentId={assessment.id} flagged={context.flagged} />}
      {context.isLead &&
        (context.preview ? (
          <FinalizeForm assessmentId={assessment.id} preview={context.preview} />
        ) : (
          <section className="rounded-xl border border-amber-200 bg-amber-50 p-4 text-sm">
            <h2 className="font-semibold">Finalkan penilaian (ketua tim)</h2>
            <p className="mt-1">{context.unreviewed.length} pertanyaan belum diberi nilai TPI: <span className="font-mono text-xs">{context.unreviewed.slice(0, 20).join(", ")}{context.unreviewed.length > 20 ? ", …" : ""}</span></p>
          </section>
        ))}
    </div>
  );
}
