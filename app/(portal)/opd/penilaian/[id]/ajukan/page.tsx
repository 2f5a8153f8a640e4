import type { Metadata } from "next";
import Link from "next/link";
import { QuestionLinks } from "@/components/assessment/question-links";
import { SubmitButton } from "@/components/assessment/submit-button";
import { PageHeader } from "@/components/ui/page-header";
import { loadOperatorAssessment } from "@/lib/assessment/page-data";
import { getSubmitReadiness } from "@/lib/assessment/submit";
import { STATE_LABELS } from "@/lib/format";

export const metadata: Metadata = { title: "Ajukan LKE" };

type Props = { params: Promise<{ id: string }> };

export default async function SubmitPage({ params }: Props) {
  const { id } = await params;
  const { db, assessment, lke, editRefusal } = await loadOperatorAssessment(id);
  const readiness = await getSubmitReadiness({ db, lke, assessmentId: assessment.id });
  // To the question's row in the whole-LKE table, where it can be answered (or its bukti dukung added) at once.
  const link = (code: string) => `/opd/penilaian/${assessment.id}/tabel#baris-${code}`;
  const blocked = readiness.unanswered.length > 0;
  return (
    <>
      <PageHeader title="Periksa dan ajukan LKE" description={`${assessment.unit.name} · ${assessment.period.name}`} />
      <div className="space-y-4">
        {editRefusal ? (
          <p className="rounded-md border border-slate-300 bg-white p-3" role="note">
            Status: <strong>{STATE_LABELS[assessment.state]}</strong>. {editRefusal}
          </p>
        ) : (
          <>
            <QuestionLinks
              tone="error"
              title={blocked ? `${readiness.unanswered.length} pertanyaan belum dijawab — jawab semuanya sebelum mengajukan` : "Semua pertanyaan sudah dijawab"}
              codes={readiness.unanswered}
              lke={lke}
              href={link}
            />
            <QuestionLinks
              tone="warning"
              title={readiness.withoutEvidence.length > 0 ? `${readiness.withoutEvidence.length} jawaban belum dilengkapi bukti dukung — TPI dapat menilainya lebih rendah` : "Semua jawaban sudah memiliki bukti dukung"}
              codes={readiness.withoutEvidence}
              lke={lke}
              href={link}
            />
            <section className="rounded-xl border border-slate-200 bg-white p-4">
              <p className="text-sm text-slate-700">
                Setelah diajukan, jawaban dan bukti dukung unit terkunci dan diteruskan ke TPI Inspektorat. Perubahan hanya dapat dilakukan pada pertanyaan yang dikembalikan TPI.
              </p>
              <div className="mt-3 flex flex-wrap items-center gap-3">
                <SubmitButton assessmentId={assessment.id} disabled={blocked} />
                <Link href={`/opd/penilaian/${assessment.id}`} className="text-sm underline">Kembali ke ikhtisar</Link>
              </div>
            </section>
          </>
        )}
      </div>
    </>
  );
}
