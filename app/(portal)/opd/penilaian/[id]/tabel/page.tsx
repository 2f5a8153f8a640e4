import type { Metadata } from "next";
import { AutosaveProvider } from "@/components/assessment/autosave-context";
import { LiveHeader } from "@/components/assessment/live-header";
import { QuestionComments } from "@/components/comments/question-comments";
import { EvidencePanel } from "@/components/evidence/evidence-panel";
import { LkeTable } from "@/components/lke-table/lke-table";
import { ViewSwitch } from "@/components/lke-table/view-switch";
import { PageHeader } from "@/components/ui/page-header";
import { listAnswers } from "@/lib/assessment/answers";
import { buildLkeTable } from "@/lib/assessment/lke-table";
import { loadOperatorAssessment } from "@/lib/assessment/page-data";
import { scoreUnitAnswers, toLiveSummary } from "@/lib/assessment/summary";
import { listComments } from "@/lib/comments/queries";
import { getEnv } from "@/lib/env";
import { listEvidence } from "@/lib/evidence/queries";
import { listReviewAnswers } from "@/lib/review/answers";
import { scoreBothSides } from "@/lib/review/score-both";
import { listReturnedQuestions } from "@/lib/review/transitions/queries";

export const metadata: Metadata = { title: "Isian LKE — tabel ringkas" };

type Props = { params: Promise<{ id: string }> };

// The unit sees the TPI's values once the TPI has spoken to it: a returned or a final LKE.
const TPI_VISIBLE = new Set(["RETURNED", "FINAL"]);

export default async function LkeTablePage({ params }: Props) {
  const { id } = await params;
  const { db, assessment, lke, editRefusal } = await loadOperatorAssessment(id);
  const tpiVisible = TPI_VISIBLE.has(assessment.state);
  const [answers, evidence, score, returned, comments, reviewAnswers] = await Promise.all([
    listAnswers({ db, assessmentId: assessment.id }),
    listEvidence({ db, assessmentId: assessment.id }),
    scoreUnitAnswers({ db, lke, assessment }),
    listReturnedQuestions({ db, assessment }),
    listComments({ db, assessmentId: assessment.id }),
    tpiVisible ? listReviewAnswers({ db, assessmentId: assessment.id }) : null,
  ]);
  // As the area pages: a RETURNED LKE opens its returned questions while the period is open.
  const returnedOpen = assessment.state === "RETURNED" && assessment.period.status === "OPEN" ? new Map(returned.map((q) => [q.code, q.tpiNote])) : undefined;
  const areas = buildLkeTable({
    lke,
    answers,
    score,
    evidenceCounts: Object.fromEntries(Object.entries(evidence).map(([code, items]) => [code, items.length])),
    commentCounts: Object.fromEntries(Object.entries(comments).map(([code, thread]) => [code, thread.length])),
    editable: editRefusal === null,
    returned: returnedOpen,
    tpiScore: reviewAnswers ? scoreBothSides({ lke, answers: reviewAnswers.values() }).tpi : undefined,
  });
  const maxMb = getEnv().EVIDENCE_MAX_MB;
  const details = Object.fromEntries(
    areas.flatMap((a) => a.indicators.flatMap((i) => i.rows)).map((row) => [
      row.code,
      <div key={row.code} className="space-y-3">
        <EvidencePanel assessmentId={assessment.id} questionCode={row.code} items={evidence[row.code] ?? []} editable={row.editable} maxMb={maxMb} />
        <QuestionComments assessmentId={assessment.id} questionCode={row.code} initial={comments[row.code] ?? []} />
      </div>,
    ]),
  );
  return (
    <AutosaveProvider initialSummary={toLiveSummary(score, null)}>
      <LiveHeader assessmentId={assessment.id} />
      <PageHeader title="Isian LKE — tabel ringkas" description={`${assessment.unit.name} · ${assessment.period.name}`} />
      <ViewSwitch basePath={`/opd/penilaian/${assessment.id}`} current="table" />
      {editRefusal && <p className="mb-4 rounded-md border border-slate-300 bg-slate-100 p-3 text-sm" role="note">{editRefusal}</p>}
      <LkeTable assessmentId={assessment.id} areas={areas} details={details} tpiVisible={tpiVisible} />
    </AutosaveProvider>
  );
}
