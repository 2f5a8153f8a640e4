import Link from "next/link";
import type { SectionProgress } from "@/lib/assessment/overview";
import { formatNumber } from "@/lib/format";

export function SectionProgressList({ assessmentId, sections }: { assessmentId: string; sections: SectionProgress[] }) {
  return (
    <section aria-labelledby="area" className="rounded-xl border border-slate-200 bg-white p-4">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="area" className="font-semibold">Area pengungkit dan komponen hasil</h2>
        <Link href={`/opd/penilaian/${assessmentId}/tabel`} className="text-sm font-medium text-brand-700 underline">Isi dalam tabel ringkas (seluruh LKE)</Link>
      </div>
      <ul className="mt-2 divide-y divide-slate-100">
        {sections.map((s) => {
          const percent = Math.round((s.answered / s.total) * 100);
          return (
            <li key={s.key} className="py-2">
              <Link href={`/opd/penilaian/${assessmentId}/${s.key}`} className="flex flex-wrap items-center justify-between gap-2 rounded-md p-1 hover:bg-brand-50">
                <span className="font-medium text-brand-800">{s.name}</span>
                <span className="text-sm text-slate-600">
                  {s.answered}/{s.total} dijawab{s.withoutEvidence > 0 ? ` · ${s.withoutEvidence} tanpa bukti dukung` : ""}
                  {s.recheck > 0 ? ` · ${s.recheck} perlu dicek ulang` : ""}
                  {s.percent !== null ? ` · ${formatNumber(s.percent, 1)}% nilai area` : ""}
                </span>
              </Link>
              <div className="mx-1 mt-1 h-1.5 rounded bg-slate-100" role="progressbar" aria-label={`Kemajuan ${s.name}`} aria-valuenow={percent} aria-valuemin={0} aria-valuemax={100}>
                <div className="h-1.5 rounded bg-brand-600" style={{ width: `${percent}%` }} />
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
