import type { Metadata } from "next";
import { AutosaveProvider } from "@/components/assessment/autosave-context";
import { QuestionComments } from "@/components/comments/question-comments";
import { EvidencePanel } from "@/components/evidence/evidence-panel";
import { ReviewTable } from "@/components/lke-table/review-table";
import { ViewSwitch } from "@/components/lke-table/view-switch";
import { ReviewLiveHeader } from "@/components/review/review-live-header";
import { PageHeader } from "@/components/ui/page-header";
import { toLiveSummary } from "@/lib/assessment/summary";
import { listComments } from "@/lib/comments/queries";
import { getEnv } from "@/lib/env";
import { listEvidence } from "@/lib/evidence/queries";
import { listReviewAnswers } from "@/lib/review/answers";
import { loadReviewAssessment } from "@/lib/review/page-data";
import { buildReviewTable } from "@/lib/review/review-table";
import { scoreBothSides } from "@/lib/review/score-both";

export const metadata: Metadata = { title: "Reviu LKE — tabel ringkas" };

type Props = { params: Promise<{ id: string }> };

export default async function ReviewTablePage({ params }: Props) {
  const { id } = await params;
  const { db, assessment, lke, refusal } = await loadReviewAssessment(id);
  const header = <PageHeader title="Reviu LKE — tabel ringkas" description={`${assessment.unit.name} · ${assessment.period.name}`} />;
  if (assessment.state === "DRAFT") {
    return (
      <>
        {header}
        <p className="rounded-md border border-slate-300 bg-white p-3 text-sm" role="note">{refusal}</p>
      </>
    );
  }
  const [answers, evidence, comments] = await Promise.all([
    listReviewAnswers({ db, assessmentId: assessment.id }),
    listEvidence({ db, assessmentId: assessment.id }),
    listComments({ db, assessmentId: assessment.id }),
  ]);
  const scores = scoreBothSides({ lke, answers: answers.values() });
  const areas = buildReviewTable({
    lke,
    answers,
    scores,
    evidenceCounts: Object.fromEntries(Object.entries(evidence).map(([code, items]) => [code, items.length])),
    commentCounts: Object.fromEntries(Object.entries(comments).map(([code, thread]) => [code, thread.length])),
  });
  const maxMb = getEnv().EVIDENCE_MAX_MB;
  const details = Object.fromEntries(
    areas.flatMap((a) => a.indicators.flatMap((i) => i.rows)).map((row) => {
      const note = answers.get(row.code)?.unitNote;
      return [
        row.code,
        <div key={row.code} className="space-y-3">
          {note && <p className="text-sm text-slate-700">Catatan unit: “{note}”</p>}
          <EvidencePanel assessmentId={assessment.id} questionCode={row.code} items={evidence[row.code] ?? []} editable={false} maxMb={maxMb} />
          <QuestionComments assessmentId={assessment.id} questionCode={row.code} initial={comments[row.code] ?? []} />
        </div>,
      ];
    }),
  );
  return (
    <AutosaveProvider initialSummary={toLiveSummary(scores.tpi, null)}>
      <ReviewLiveHeader assessmentId={assessment.id} unitTotal={scores.unit.total} />
      {header}
      <ViewSwitch basePath={`/tpi/penilaian/${assessment.id}`} current="table" />
      {refusal && <p className="mb-4 rounded-md border border-slate-300 bg-slate-100 p-3 text-sm" role="note">{refusal}</p>}
      <ReviewTable assessmentId={assessment.id} areas={areas} details={details} editable={refusal === null} />
    </AutosaveProvider>
  );
}
