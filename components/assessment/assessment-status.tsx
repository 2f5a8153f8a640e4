import Link from "next/link";
import type { AccessibleAssessment } from "@/lib/assessment/access";
import type { TimeZoneCode } from "@/lib/db/generated/enums";
import { formatDateTimeZoned, STATE_LABELS } from "@/lib/format";

type Props = { assessment: AccessibleAssessment; editRefusal: string | null; unanswered: number; zone: TimeZoneCode };

export function AssessmentStatus({ assessment, editRefusal, unanswered, zone }: Props) {
  return (
    <section className="rounded-xl border border-slate-200 bg-white p-4" aria-label="Status penilaian">
      <p className="text-sm">
        Status: <strong data-testid="assessment-state">{STATE_LABELS[assessment.state]}</strong> · Batas waktu{" "}
        <strong>{formatDateTimeZoned(assessment.period.deadline, zone)}</strong>
      </p>
      {editRefusal ? (
        <p className="mt-2 text-sm text-slate-700">{editRefusal}</p>
      ) : (
        <div className="mt-3 flex flex-wrap items-center gap-3">
          <Link href={`/opd/penilaian/${assessment.id}/ajukan`} className="rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-800">
            Periksa dan ajukan
          </Link>
          <span className="text-sm text-slate-600">
            {unanswered > 0 ? `${unanswered} pertanyaan belum dijawab.` : "Semua pertanyaan sudah dijawab."}
          </span>
        </div>
      )}
    </section>
  );
}
