import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { AutosaveProvider } from "@/components/assessment/autosave-context";
import { LiveHeader } from "@/components/assessment/live-header";
import { SectionNav } from "@/components/assessment/section-nav";
import { SectionQuestions } from "@/components/assessment/section-questions";
import { PageHeader } from "@/components/ui/page-header";
import { ViewSwitch } from "@/components/lke-table/view-switch";
import { listAnswers } from "@/lib/assessment/answers";
import { loadOperatorAssessment } from "@/lib/assessment/page-data";
import { scoreUnitAnswers, toLiveSummary } from "@/lib/assessment/summary";
import { listComments } from "@/lib/comments/queries";
import { listEvidence } from "@/lib/evidence/queries";
import { getSection, listSections, sectionQuestionCodes } from "@/lib/lke/sections";
import { listReturnedQuestions } from "@/lib/review/transitions/queries";

// One request's look-up, shared by the title and the page.
const load = cache(loadOperatorAssessment);

/** A title per area (issue 12): tabs and history tell the areas apart. */
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id, section: key } = await params;
  const { lke } = await load(id);
  const section = getSection(lke, key);
  return { title: section ? `${section.name} — Isian LKE` : "Isian LKE" };
}

type Props = { params: Promise<{ id: string; section: string }> };

export default async function SectionPage({ params }: Props) {
  const { id, section: key } = await params;
  const { db, assessment, lke, editRefusal } = await load(id);
  const section = getSection(lke, key);
  if (!section) notFound();
  const [answers, evidence, score, returned, comments] = await Promise.all([
    listAnswers({ db, assessmentId: assessment.id }),
    listEvidence({ db, assessmentId: assessment.id }),
    scoreUnitAnswers({ db, lke, assessment }),
    listReturnedQuestions({ db, assessment }),
    listComments({ db, assessmentId: assessment.id, questionCodes: sectionQuestionCodes(section) }),
  ]);
  // A RETURNED LKE opens its returned questions (lib/assessment/access.ts) while the period is open.
  const returnedOpen = assessment.state === "RETURNED" && assessment.period.status === "OPEN" ? new Map(returned.map((q) => [q.code, { note: q.tpiNote, tpiValue: q.tpiValue }])) : undefined;
  return (
    <AutosaveProvider initialSummary={toLiveSummary(score, section.area)}>
      <LiveHeader assessmentId={assessment.id} sectionName={section.name} />
      <PageHeader title={section.name} description={`${assessment.unit.name} · ${assessment.period.name}`} />
      <ViewSwitch basePath={`/opd/penilaian/${assessment.id}`} current="cards" />
      <SectionNav basePath={`/opd/penilaian/${assessment.id}`} sections={listSections(lke)} current={section.key} />
      {editRefusal && <p className="mb-4 rounded-md border border-slate-300 bg-slate-100 p-3 text-sm" role="note">{editRefusal}</p>}
      <SectionQuestions assessmentId={assessment.id} section={section} answers={answers} evidence={evidence} score={score} editable={editRefusal === null} returned={returnedOpen} comments={comments} />
    </AutosaveProvider>
  );
}
