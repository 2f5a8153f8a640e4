import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AutosaveProvider } from "@/components/assessment/autosave-context";
import { LiveHeader } from "@/components/assessment/live-header";
import { SectionNav } from "@/components/assessment/section-nav";
import { SectionQuestions } from "@/components/assessment/section-questions";
import { PageHeader } from "@/components/ui/page-header";
import { listAnswers } from "@/lib/assessment/answers";
import { loadOperatorAssessment } from "@/lib/assessment/page-data";
import { scoreUnitAnswers, toLiveSummary } from "@/lib/assessment/summary";
import { listEvidence } from "@/lib/evidence/queries";
import { getSection, listSections } from "@/lib/lke/sections";

export const metadata: Metadata = { title: "Isian LKE" };

type Props = { params: Promise<{ id: string; section: string }> };

export default async function SectionPage({ params }: Props) {
  const { id, section: key } = await params;
  const { db, assessment, lke, editRefusal } = await loadOperatorAssessment(id);
  const section = getSection(lke, key);
  if (!section) notFound();
  const [answers, evidence, score] = await Promise.all([
    listAnswers({ db, assessmentId: assessment.id }),
    listEvidence({ db, assessmentId: assessment.id }),
    scoreUnitAnswers({ db, lke, assessmentId: assessment.id }),
  ]);
  return (
    <AutosaveProvider initialSummary={toLiveSummary(score, section.area)}>
      <LiveHeader assessmentId={assessment.id} sectionName={section.name} />
      <PageHeader title={section.name} description={`${assessment.unit.name} · ${assessment.period.name}`} />
      <SectionNav assessmentId={assessment.id} sections={listSections(lke)} current={section.key} />
      {editRefusal && <p className="mb-4 rounded-md border border-slate-300 bg-slate-100 p-3 text-sm" role="note">{editRefusal}</p>}
      <SectionQuestions assessmentId={assessment.id} section={section} answers={answers} evidence={evidence} score={score} editable={editRefusal === null} />
    </AutosaveProvider>
  );
}
