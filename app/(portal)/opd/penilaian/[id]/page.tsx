import type { Metadata } from "next";
import { AssessmentStatus } from "@/components/assessment/assessment-status";
import { TimelineLink } from "@/components/audit/timeline-link";
import { CopyForwardButton } from "@/components/assessment/copy-forward-button";
import { ExportButtons } from "@/components/exports/export-buttons";
import { GapList } from "@/components/assessment/gap-list";
import { MonitoringNotice } from "@/components/assessment/monitoring-notice";
import { ScoreSummary } from "@/components/assessment/score-summary";
import { SectionProgressList } from "@/components/assessment/section-progress";
import { ThresholdChecks } from "@/components/assessment/threshold-checks";
import { FinalResultView } from "@/components/review/transitions/final-result";
import { ReturnedQuestions } from "@/components/review/transitions/returned-questions";
import { PageHeader } from "@/components/ui/page-header";
import { LkeImportPanel } from "@/components/lke-import/import-panel";
import { findCopySource } from "@/lib/assessment/copy-forward";
import { getAssessmentOverview } from "@/lib/assessment/overview";
import { loadOperatorAssessment } from "@/lib/assessment/page-data";
import { loadInstansiProfile } from "@/lib/instansi/load-profile";
import { findQuestion, sectionOfQuestion } from "@/lib/lke/sections";
import { getFinalResult, listReturnedQuestions } from "@/lib/review/transitions/queries";

export const metadata: Metadata = { title: "Ikhtisar LKE" };

type Props = { params: Promise<{ id: string }> };

export default async function AssessmentOverviewPage({ params }: Props) {
  const { id } = await params;
  const { db, assessment, lke, editRefusal } = await loadOperatorAssessment(id);
  const [overview, copySource, returned, final, instansi] = await Promise.all([
    getAssessmentOverview({ db, lke, assessment }),
    editRefusal ? null : findCopySource({ db, assessmentId: assessment.id }),
    listReturnedQuestions({ db, assessment }),
    getFinalResult({ db, assessmentId: assessment.id }),
    loadInstansiProfile(),
  ]);
  const questionHref = (code: string) => `/opd/penilaian/${assessment.id}/${sectionOfQuestion(lke, code)}#q-${code}`;
  // A returned LKE opens only its returned questions: the others cannot gain anything now.
  const open = assessment.state === "RETURNED" ? new Set(returned.map((q) => q.code)) : null;
  const gaps = overview.score.gaps.filter((g) => !open || open.has(g.question)).slice(0, 5).map((g) => ({
    ...g,
    text: findQuestion(lke, g.question)?.text ?? "",
    href: questionHref(g.question),
  }));
  return (
    <>
      <PageHeader title={`LKE ${assessment.period.name}`} description={assessment.unit.name} actions={<div className="flex flex-wrap items-center gap-3"><TimelineLink assessmentId={assessment.id} /><ExportButtons assessmentId={assessment.id} /></div>} />
      <div className="grid gap-4 lg:grid-cols-3">
        <div className="space-y-4 lg:col-span-2">
          <AssessmentStatus assessment={assessment} editRefusal={editRefusal} unanswered={overview.unanswered} zone={instansi.timeZone} />
          <MonitoringNotice predicate={assessment.monitoredPredicate} audience="unit" />
          {final && <FinalResultView result={final} zone={instansi.timeZone} />}
          {returned.length > 0 && <ReturnedQuestions assessmentId={assessment.id} questions={returned} lke={lke} href={questionHref} canResubmit={assessment.period.status === "OPEN"} />}
          {overview.empty && copySource && (
            <section className="rounded-xl border border-brand-100 bg-brand-50 p-4">
              <p className="text-sm">
                Sebagian besar LKE berulang setiap tahun. Unit Anda dapat memulai dari {copySource.answerCount} jawaban tahun {copySource.year}; semua yang disalin ditandai untuk dicek ulang.
              </p>
              <div className="mt-2">
                <CopyForwardButton assessmentId={assessment.id} sourceYear={copySource.year} answerCount={copySource.answerCount} />
              </div>
            </section>
          )}
          {!editRefusal && assessment.state === "DRAFT" && <LkeImportPanel assessmentId={assessment.id} />}
          <SectionProgressList assessmentId={assessment.id} sections={overview.sections} />
          <GapList gaps={gaps} />
        </div>
        <div className="space-y-4">
          <ScoreSummary score={overview.score} />
          <ThresholdChecks title="Syarat Menuju WBK (Tabel 6)" checks={overview.score.checks.WBK} />
          <ThresholdChecks title="Syarat Menuju WBBM (Tabel 6)" checks={overview.score.checks.WBBM} />
        </div>
      </div>
    </>
  );
}
