import { QuestionLinks } from "@/components/assessment/question-links";
import { getAssessmentForUser } from "@/lib/assessment/access";
import { lkeOf } from "@/lib/assessment/lke-of";
import { findQuestion, sectionOfQuestion } from "@/lib/lke/sections";
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
  const lke = lkeOf(assessment.period);
  const questionHref = (code: string) => `/tpi/penilaian/${assessment.id}/${sectionOfQuestion(lke, code)}#q-${code}`;

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
          <FinalizeForm assessmentId={assessment.id} preview={context.preview} flagged={context.flagged.map((f) => ({ ...f, text: findQuestion(lke, f.code)?.text ?? "", href: questionHref(f.code) }))} />
        ) : (
          <QuestionLinks tone="warning" title={`Finalkan penilaian (ketua tim): ${context.unreviewed.length} pertanyaan belum diberi nilai TPI`} codes={context.unreviewed} lke={lke} href={questionHref} />
        ))}
    </div>
  );
}
