import Link from "next/link";
import { AreaRadarChart } from "@/components/charts/area-radar-chart";
import { HistoryLineChart } from "@/components/charts/history-line-chart";
import { Badge } from "@/components/ui/badge";
import { toHistorySeries, toRadarSeries } from "@/lib/dashboard/chart-series";
import type { UnitDashboard } from "@/lib/dashboard/unit-dashboard";
import { STATE_LABELS, formatNumber } from "@/lib/format";
import { EligibilityDetail } from "@/components/eligibility/eligibility-detail";
import { EligibilityLines } from "@/components/eligibility/eligibility-lines";
import { BASIS_LABELS, readinessLabel } from "./labels";
import { UnitGapList } from "./unit-gap-list";

const card = "rounded-xl border border-slate-200 bg-white p-4";

/** One unit, read-only: the chosen period's radar, gaps and checks, and its history. */
export function UnitDashboardView({ dashboard }: { dashboard: UnitDashboard }) {
  const { current, history, areaNames } = dashboard;
  const { row, period } = current;
  return (
    <div className="space-y-6">
      <section aria-labelledby="ringkasan-unit" className={card}>
        <h2 id="ringkasan-unit" className="font-semibold">{period.name}</h2>
        <dl className="mt-2 grid grid-cols-2 gap-3 text-sm sm:grid-cols-4">
          <div><dt className="text-slate-600">Status</dt><dd><Badge>{STATE_LABELS[row.state]}</Badge></dd></div>
          <div><dt className="text-slate-600">Nilai unit</dt><dd className="text-lg font-bold tabular-nums" data-testid="unit-page-unit-total">{formatNumber(row.unit.total)}</dd></div>
          <div>
            <dt className="text-slate-600">Nilai TPI</dt>
            <dd className="text-lg font-bold tabular-nums" data-testid="unit-page-tpi-total">{row.tpi ? formatNumber(row.tpi.total) : "–"}</dd>
          </div>
          <div><dt className="text-slate-600">Usulan ke TPN</dt><dd><Badge tone={row.target ? (row.basis === "FINAL" ? "green" : "amber") : "red"}>{readinessLabel(row)}</Badge></dd></div>
        </dl>
        <p className="mt-2 text-xs text-slate-600">Dasar penilaian: {BASIS_LABELS[row.basis]}.</p>
        {row.lockedUntil && <div className="mt-2"><EligibilityLines eligibility={row.eligibility} estimate={row.basis !== "FINAL"} lockedUntil={row.lockedUntil} limit={0} /></div>}
        <div className="mt-3"><EligibilityDetail eligibility={row.eligibility} estimate={row.basis !== "FINAL"} /></div>
      </section>
      <div className="grid gap-4 lg:grid-cols-2">
        <section aria-labelledby="radar" className={card}>
          <h2 id="radar" className="font-semibold">Persentase nilai per area</h2>
          <AreaRadarChart data={toRadarSeries(row, areaNames)} hasTpi={row.tpi !== null} />
        </section>
        <UnitGapList gaps={row.gaps} basis={row.basis} />
      </div>
      <section aria-labelledby="riwayat" className={card}>
        <h2 id="riwayat" className="font-semibold">Riwayat antarperiode</h2>
        <p className="text-sm text-slate-600">Nilai TPI bila sudah ada, selain itu nilai unit sendiri.</p>
        <HistoryLineChart data={toHistorySeries(history)} areaNames={areaNames} />
        <ul className="mt-2 flex flex-wrap gap-2 text-sm">
          {history.map((h) => (
            <li key={h.period.id}>
              <Link href={`/dasbor/unit/${dashboard.unit.id}?tahun=${h.period.year}`} className="text-brand-700 underline" aria-current={h.period.id === period.id ? "page" : undefined}>
                {h.period.year}
              </Link>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
