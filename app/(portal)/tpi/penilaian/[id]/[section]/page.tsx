import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { AutosaveProvider } from "@/components/assessment/autosave-context";
import { AcceptButton } from "@/components/review/accept-button";
import { ReviewLiveHeader } from "@/components/review/review-live-header";
import { SectionNav } from "@/components/assessment/section-nav";
import { ReviewSectionQuestions } from "@/components/review/review-section-questions";
import { PageHeader } from "@/components/ui/page-header";
import { LheRecommendationForm } from "@/components/lhe/recommendation-form";
import { getLheRecommendation } from "@/lib/lhe/queries";
import { ViewSwitch } from "@/components/lke-table/view-switch";
import { toLiveSummary } from "@/lib/assessment/summary";
import { listComments } from "@/lib/comments/queries";
import { listEvidence } from "@/lib/evidence/queries";
import { getSection, listSections, sectionQuestionCodes } from "@/lib/lke/sections";
import { hasTpiValue, listReviewAnswers } from "@/lib/review/answers";
import { loadReviewAssessment } from "@/lib/review/page-data";
import { scoreBothSides } from "@/lib/review/score-both";

// One request's look-up, shared by the title and the page.
const load = cache(loadReviewAssessment);

/** A title per area (issue 12): tabs and history tell the areas apart. */
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id, section: key } = await params;
  const { lke } = await load(id);
  const section = getSection(lke, key);
  return { title: section ? `${section.name} — Reviu LKE` : "Reviu LKE" };
}

type Props = { params: Promise<{ id: string; section: string }> };

export default async function ReviewSectionPage({ params }: Props) {
  const { id, section: key } = await params;
  const { db, assessment, lke, refusal } = await load(id);
  const section = getSection(lke, key);
  if (!section) notFound();
  const header = <PageHeader title={section.name} description={`${assessment.unit.name} · ${assessment.period.name}`} />;
  if (assessment.state === "DRAFT") {
    return (
      <>
        {header}
        <p className="rounded-md border border-slate-300 bg-white p-3 text-sm" role="note">{refusal}</p>
      </>
    );
  }
  const [answers, evidence, comments, recommendation] = await Promise.all([
    listReviewAnswers({ db, assessmentId: assessment.id }),
    listEvidence({ db, assessmentId: assessment.id }),
    listComments({ db, assessmentId: assessment.id, questionCodes: sectionQuestionCodes(section) }),
    getLheRecommendation({ db, assessmentId: assessment.id, sectionKey: section.key }),
  ]);
  const scores = scoreBothSides({ lke, answers: answers.values() });
  const acceptable = sectionQuestionCodes(section).filter((c) => !hasTpiValue(answers.get(c)) && answers.get(c)?.unitValue != null).length;
  return (
    // Keyed by how many questions the TPI has valued: after "Terima jawaban unit" refreshes the page, the header starts from the new score.
    <AutosaveProvider key={scores.tpi.completeness.answered} initialSummary={toLiveSummary(scores.tpi, section.area)}>
      <ReviewLiveHeader assessmentId={assessment.id} sectionName={section.name} unitTotal={scores.unit.total} />
      {header}
      <ViewSwitch basePath={`/tpi/penilaian/${assessment.id}`} current="cards" />
      <SectionNav basePath={`/tpi/penilaian/${assessment.id}`} sections={listSections(lke)} current={section.key} />
      {refusal ? (
        <p className="mb-4 rounded-md border border-slate-300 bg-slate-100 p-3 text-sm" role="note">{refusal}</p>
      ) : (
        <div className="mb-4">
          <AcceptButton input={{ assessmentId: assessment.id, scope: "section", key: section.key }} label="Terima semua jawaban unit di area ini" pendingCount={acceptable} />
        </div>
      )}
      <ReviewSectionQuestions assessmentId={assessment.id} section={section} answers={answers} evidence={evidence} scores={scores} editable={refusal === null} comments={comments} />
      <LheRecommendationForm key={recommendation} assessmentId={assessment.id} sectionKey={section.key} sectionName={section.name} text={recommendation} editable={refusal === null} />
    </AutosaveProvider>
  );
}
