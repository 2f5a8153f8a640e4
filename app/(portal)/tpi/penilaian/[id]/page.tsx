import type { Metadata } from "next";
import Link from "next/link";
import { MonitoringNotice } from "@/components/assessment/monitoring-notice";
import { ReviewScoreTable } from "@/components/review/review-score-table";
import { ReviewTransitions } from "@/components/review/transitions/review-transitions";
import { RoundChanges } from "@/components/review/transitions/round-changes";
import { TimelineLink } from "@/components/audit/timeline-link";
import { ExportButtons } from "@/components/exports/export-buttons";
import { Badge } from "@/components/ui/badge";
import { PageHeader } from "@/components/ui/page-header";
import { InstansiConditionsPanel } from "@/components/eligibility/instansi-conditions-panel";
import { LheBasisForm } from "@/components/lhe/basis-form";
import { LheLetterForm } from "@/components/lhe/letter-form";
import { SignedLhePanel } from "@/components/lhe/signed-lhe-panel";
import { getLheBasisValues, getLheLetterValues } from "@/lib/lhe/queries";
import { getSignedLhe } from "@/lib/lhe/signed-scan";
import { formatDate, STATE_LABELS } from "@/lib/format";
import { getPeriodConditions } from "@/lib/instansi/conditions";
import { loadInstansiProfile } from "@/lib/instansi/load-profile";
import { getReviewOverview } from "@/lib/review/overview";
import { loadReviewAssessment } from "@/lib/review/page-data";

export const metadata: Metadata = { title: "Reviu LKE" };

type Props = { params: Promise<{ id: string }> };

export default async function ReviewOverviewPage({ params }: Props) {
  const { id } = await params;
  const { db, user, assessment, lke, isLead, refusal } = await loadReviewAssessment(id);
  const [overview, conditions, instansi, signed, basis, letter] = await Promise.all([
    getReviewOverview({ db, lke, assessmentId: assessment.id }),
    getPeriodConditions({ db, periodId: assessment.period.id }),
    loadInstansiProfile(),
    getSignedLhe({ db, user, assessmentId: assessment.id }),
    isLead ? getLheBasisValues({ db, periodId: assessment.period.id }) : null,
    isLead ? getLheLetterValues({ db, assessmentId: assessment.id }) : null,
  ]);
  const draft = assessment.state === "DRAFT";
  return (
    <>
      <div className="flex flex-wrap justify-between gap-2 text-sm">
        <Link href="/tpi" className="text-brand-700 underline">← Kotak masuk reviu</Link>
        <div className="flex flex-wrap items-center gap-3">
          <TimelineLink assessmentId={assessment.id} />
          <ExportButtons assessmentId={assessment.id} />
        </div>
      </div>
      <PageHeader title={`Reviu LKE ${assessment.unit.name}`} description={`${assessment.period.name} · batas waktu ${formatDate(assessment.period.deadline, instansi.timeZone)}`} />
      <div className="space-y-4">
        <p className="flex flex-wrap items-center gap-2 text-sm">
          Status: <Badge tone={refusal ? "slate" : "blue"}>{STATE_LABELS[assessment.state]}</Badge>
          {isLead && <Badge tone="green">Anda ketua tim</Badge>}
          {!draft && <span data-testid="unreviewed-count">{overview.unreviewed} pertanyaan belum dinilai TPI · {overview.flagged} ditandai perlu perbaikan</span>}
        </p>
        {refusal && <p className="rounded-md border border-slate-300 bg-white p-3 text-sm" role="note">{refusal}</p>}
        <MonitoringNotice predicate={assessment.monitoredPredicate} audience="tpi" />
        {conditions && <InstansiConditionsPanel conditions={conditions} />}
        {!draft && (
          <>
            <section aria-labelledby="compare" className="space-y-2">
              <h2 id="compare" className="text-lg font-semibold">Nilai unit dan nilai TPI</h2>
              <p className="text-sm text-slate-600">Selisih merah: unit menilai dirinya lebih tinggi daripada TPI. Pertanyaan yang belum dinilai TPI dihitung 0 pada nilai TPI.</p>
              <ReviewScoreTable assessmentId={assessment.id} overview={overview} />
              <p className="text-sm">
                <Link href={`/tpi/penilaian/${assessment.id}/tabel`} className="font-medium text-brand-700 underline">Nilai dalam tabel ringkas (seluruh LKE, satu baris per pertanyaan)</Link>
              </p>
            </section>
            <RoundChanges assessmentId={assessment.id} />
            <ReviewTransitions assessmentId={assessment.id} />
          </>
        )}
        <SignedLhePanel assessmentId={assessment.id} signed={signed} canUpload={isLead && assessment.state === "FINAL"} zone={instansi.timeZone} />
        {isLead && (
          <div className="grid gap-4 lg:grid-cols-2">
            {letter && <LheLetterForm values={letter} />}
            {basis && <LheBasisForm values={basis} />}
          </div>
        )}
      </div>
    </>
  );
}
