import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Timeline } from "@/components/audit/timeline";
import { PageHeader } from "@/components/ui/page-header";
import { getAssessmentForUser } from "@/lib/assessment/access";
import { lkeOf } from "@/lib/assessment/lke-of";
import { listAssessmentTimeline, parseTimelineCursor } from "@/lib/audit/queries";
import { questionTextsFor } from "@/lib/audit/timeline-questions";
import { ROLES } from "@/lib/auth/roles";
import { requirePageUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/prisma";
import { loadInstansiProfile } from "@/lib/instansi/load-profile";

export const metadata: Metadata = { title: "Riwayat perubahan" };

const PAGE_SIZE = 50;

type Props = { params: Promise<{ assessmentId: string }>; searchParams: Promise<{ sebelum?: string | string[] }> };

// Every role may read the trail of an assessment it may see; everyone else gets 404.
export default async function TimelinePage({ params, searchParams }: Props) {
  const [{ assessmentId }, { sebelum }] = await Promise.all([params, searchParams]);
  const user = await requirePageUser(ROLES);
  const db = getDb();
  const assessment = await getAssessmentForUser({ db, user, assessmentId });
  if (!assessment) notFound();
  const cursor = parseTimelineCursor(sebelum);
  const [page, instansi] = await Promise.all([listAssessmentTimeline({ db, assessmentId: assessment.id, cursor, limit: PAGE_SIZE }), loadInstansiProfile()]);
  const base = `/riwayat/${assessment.id}`;
  const lke = lkeOf(assessment.period);
  return (
    <>
      <PageHeader
        title="Riwayat perubahan"
        description={`${assessment.unit.name} · ${assessment.period.name} — setiap perubahan tercatat dan tidak dapat diubah.`}
      />
      <Timeline
        events={page.events}
        lke={lke}
        questionTexts={questionTextsFor({ lke, events: page.events })}
        moreHref={page.nextCursor ? `${base}?sebelum=${page.nextCursor}` : null}
        newestHref={cursor ? base : null}
        zone={instansi.timeZone}
      />
    </>
  );
}
