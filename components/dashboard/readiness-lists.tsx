import Link from "next/link";
import type { DashboardRow } from "@/lib/dashboard/rows";
import { formatNumber } from "@/lib/format";
import { FailingChecks } from "./failing-checks";
import { BASIS_LABELS, targetLabel } from "./labels";

type Props = { ready: DashboardRow[]; notReady: DashboardRow[]; year: number };

const unitLink = (row: DashboardRow, year: number) => (
  <Link href={`/dasbor/unit/${row.unitId}?tahun=${year}`} className="font-medium text-brand-700 underline">{row.unitName}</Link>
);

/** Which units can be proposed to the TPN, and for the others the one question that adds the most. */
export function ReadinessLists({ ready, notReady, year }: Props) {
  return (
    <div className="grid gap-4 lg:grid-cols-2">
      <section aria-labelledby="siap" className="rounded-xl border border-slate-200 bg-white p-4" data-testid="ready-list">
        <h2 id="siap" className="font-semibold">Siap diusulkan ({ready.length})</h2>
        {ready.length === 0 ? <p className="mt-2 text-sm text-slate-600">Belum ada unit yang memenuhi syarat Menuju WBK/WBBM.</p> : (
          <ul className="mt-2 space-y-2 text-sm">
            {ready.map((r) => (
              <li key={r.assessmentId}>
                {unitLink(r, year)} — <strong>{targetLabel(r.target)}</strong>, nilai {formatNumber((r.tpi ?? r.unit).total)}
                <span className="block text-xs text-slate-600">Dasar: {BASIS_LABELS[r.basis]}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="belum-siap" className="rounded-xl border border-slate-200 bg-white p-4" data-testid="not-ready-list">
        <h2 id="belum-siap" className="font-semibold">Belum siap ({notReady.length})</h2>
        {notReady.length === 0 ? <p className="mt-2 text-sm text-slate-600">Semua unit memenuhi syarat Menuju WBK.</p> : (
          <ul className="mt-2 space-y-3 text-sm">
            {notReady.map((r) => {
              const gap = r.gaps[0];
              return (
                <li key={r.assessmentId}>
                  {unitLink(r, year)} — nilai {formatNumber((r.tpi ?? r.unit).total)} ({BASIS_LABELS[r.basis]})
                  {gap && (
                    <p className="text-slate-700">
                      Celah terbesar: <strong>{gap.code}</strong> {gap.text.length > 100 ? `${gap.text.slice(0, 100)}…` : gap.text} — menambah{" "}
                      <strong>{formatNumber(gap.gain)} poin</strong>
                    </p>
                  )}
                  <FailingChecks checks={r.failing} prerequisites={r.unmetPrerequisites} />
                </li>
              );
            })}
          </ul>
        )}
      </section>
    </div>
  );
}
