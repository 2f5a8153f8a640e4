import Link from "next/link";
import type { DashboardRow } from "@/lib/dashboard/rows";
import { READINESS_SHOWN, type ReadinessList } from "@/lib/dashboard/period-dashboard";
import type { Readiness } from "@/lib/dashboard/unit-list";
import { unitListHref } from "@/lib/dashboard/unit-list-links";
import { formatNumber } from "@/lib/format";
import { FailingChecks } from "./failing-checks";
import { BASIS_LABELS, targetLabel } from "./labels";

type Props = { ready: ReadinessList; notReady: ReadinessList; year: number; path: string };

const unitLink = (row: DashboardRow, year: number) => (
  <Link href={`/dasbor/unit/${row.unitId}?tahun=${year}`} className="font-medium text-brand-700 underline">{row.unitName}</Link>
);

function SeeAll({ count, readiness, label, year, path }: { count: number; readiness: Readiness; label: string; year: number; path: string }) {
  if (count <= READINESS_SHOWN) return null;
  return (
    <p className="mt-3 text-sm">
      <Link href={unitListHref({ path, year, query: { readiness } })} prefetch={false} className="font-semibold text-brand-700 underline">
        Lihat semua {count} unit {label}
      </Link>
    </p>
  );
}

/** Which units can be proposed to the TPN, and for the others the one question that adds the most. Both best first. */
export function ReadinessLists({ ready, notReady, year, path }: Props) {
  return (
    <div className="grid gap-4 lg:grid-cols-2">
      <section aria-labelledby="siap" className="rounded-xl border border-slate-200 bg-white p-4" data-testid="ready-list">
        <h2 id="siap" className="font-semibold">Siap diusulkan ({ready.count})</h2>
        {ready.count === 0 ? <p className="mt-2 text-sm text-slate-600">Belum ada unit yang memenuhi syarat Menuju WBK/WBBM.</p> : (
          <ul className="mt-2 space-y-2 text-sm">
            {ready.shown.map((r) => (
              <li key={r.assessmentId}>
                {unitLink(r, year)} — <strong>{targetLabel(r.target)}</strong>, nilai {formatNumber(r.judgedTotal)}
                <span className="block text-xs text-slate-600">Dasar: {BASIS_LABELS[r.basis]}</span>
              </li>
            ))}
          </ul>
        )}
        <SeeAll count={ready.count} readiness="siap" label="siap diusulkan" year={year} path={path} />
      </section>
      <section aria-labelledby="belum-siap" className="rounded-xl border border-slate-200 bg-white p-4" data-testid="not-ready-list">
        <h2 id="belum-siap" className="font-semibold">Belum siap ({notReady.count})</h2>
        {notReady.count === 0 ? <p className="mt-2 text-sm text-slate-600">Semua unit memenuhi syarat Menuju WBK.</p> : (
          <ul className="mt-2 space-y-3 text-sm">
            {notReady.shown.map((r) => {
              const gap = r.gaps[0];
              return (
                <li key={r.assessmentId}>
                  {unitLink(r, year)} — nilai {formatNumber(r.judgedTotal)} ({BASIS_LABELS[r.basis]})
                  {gap && (
                    <p className="text-slate-700">
                      Celah terbesar: <strong>{gap.code}</strong> {gap.text.length > 100 ? `${gap.text.slice(0, 100)}…` : gap.text} — menambah{" "}
                      <strong>{formatNumber(gap.gain)} poin</strong>
                    </p>
                  )}
                  <FailingChecks checks={r.failing} prerequisites={r.unmetPrerequisites} limit={3} />
                </li>
              );
            })}
          </ul>
        )}
        <SeeAll count={notReady.count} readiness="belum" label="belum siap" year={year} path={path} />
      </section>
    </div>
  );
}
