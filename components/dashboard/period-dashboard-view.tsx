import { TotalsBarChart } from "@/components/charts/totals-bar-chart";
import { EmptyState } from "@/components/ui/empty-state";
import { countStates, splitReadiness, toHeatmapRows, toTotalsSeries } from "@/lib/dashboard/chart-series";
import type { PeriodDashboard } from "@/lib/dashboard/period-dashboard";
import { AreaHeatmap } from "./area-heatmap";
import { ReadinessLists } from "./readiness-lists";
import { StateSummary } from "./state-summary";
import { UnitsTable } from "./units-table";

/** The period dashboard; the series are computed here on the server from the scored rows. */
export function PeriodDashboardView({ dashboard }: { dashboard: PeriodDashboard }) {
  const { period, rows, thresholds, areaNames } = dashboard;
  const counts = countStates(rows);
  if (rows.length === 0) {
    return <EmptyState title="Belum ada unit pada periode ini">Unit kerja yang dapat Anda lihat akan muncul di sini setelah ditambahkan ke periode {period.year}.</EmptyState>;
  }
  const started = rows.some((r) => r.state !== "DRAFT" || r.unit.total > 0);
  const { ready, notReady } = splitReadiness(rows);
  return (
    <div className="space-y-6">
      <StateSummary counts={counts} deadline={period.deadline} status={period.status} />
      {!started && <EmptyState title="Belum ada isian">Belum ada unit yang mengisi atau mengajukan LKE pada periode ini; nilai di bawah masih nol.</EmptyState>}
      <ReadinessLists ready={ready} notReady={notReady} year={period.year} />
      <section aria-labelledby="grafik-total" className="rounded-xl border border-slate-200 bg-white p-4">
        <h2 id="grafik-total" className="font-semibold">Nilai total per unit</h2>
        <p className="mb-2 text-sm text-slate-600">Garis putus-putus: batas Menuju WBK ({thresholds.totalWbk}) dan Menuju WBBM ({thresholds.totalWbbm}) menurut Tabel 6.</p>
        <TotalsBarChart data={toTotalsSeries(rows)} totalWbk={thresholds.totalWbk} totalWbbm={thresholds.totalWbbm} />
      </section>
      <AreaHeatmap rows={toHeatmapRows(rows, thresholds)} areaNames={areaNames} areaWbk={thresholds.areaWbk} areaWbbm={thresholds.areaWbbm} />
      <section aria-labelledby="daftar-unit">
        <h2 id="daftar-unit" className="mb-2 font-semibold">Daftar unit kerja</h2>
        <UnitsTable rows={rows} year={period.year} />
      </section>
    </div>
  );
}
