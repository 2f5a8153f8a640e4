import { TotalsBarChart } from "@/components/charts/totals-bar-chart";
import { EmptyState } from "@/components/ui/empty-state";
import { toHeatmapRows, toTotalsSeries } from "@/lib/dashboard/chart-series";
import type { PeriodDashboard } from "@/lib/dashboard/period-dashboard";
import { isFiltered, type UnitListQuery } from "@/lib/dashboard/unit-list";
import { UNIT_LIST_ANCHOR } from "@/lib/dashboard/unit-list-links";
import { AreaHeatmap } from "./area-heatmap";
import { ClearFilterLink, UnitListFilter } from "./unit-list-filter";
import { UnitListPagination } from "./unit-list-pagination";
import { UnitsTable } from "./units-table";

type Props = { dashboard: PeriodDashboard; query: UnitListQuery; path: string };

const filterKey = ({ search, state, readiness, sort }: UnitListQuery) => JSON.stringify([search, state, readiness, sort]);

/**
 * One page of the period's units, as the address asks: the chart, the heatmap and the table all
 * draw the same ≤ 20 rows in the same order, so what is rendered does not grow with the period.
 */
export function UnitListSection({ dashboard, query, path }: Props) {
  const { period, list, unitCount, thresholds, areaNames } = dashboard;
  const year = period.year;
  return (
    <section aria-labelledby={UNIT_LIST_ANCHOR} className="scroll-mt-4 space-y-4">
      <h2 id={UNIT_LIST_ANCHOR} className="scroll-mt-4 text-lg font-semibold">Daftar unit kerja</h2>
      {/* Keyed by the filter: a link (a state count, "Lihat semua") changes the query without
          reloading, and uncontrolled fields would otherwise keep the previous values. */}
      <UnitListFilter key={filterKey(query)} query={query} path={path} year={year} />
      {list.total === 0 ? (
        <EmptyState title="Tidak ada unit yang cocok dengan saringan">
          Ubah kata kunci, status, atau kesiapan, atau{" "}
          <ClearFilterLink query={query} path={path} year={year} className="font-semibold text-brand-700 underline" />.
        </EmptyState>
      ) : (
        <>
          <p className="text-sm text-slate-700" data-testid="unit-list-summary">
            Menampilkan <strong>{list.from}–{list.to}</strong> dari <strong>{list.total}</strong> unit
            {isFiltered(query) ? ` (tersaring dari ${unitCount} unit)` : ""} · urut {query.sort === "nama" ? "nama unit" : "nilai tertinggi"}
          </p>
          <section aria-labelledby="grafik-total" className="rounded-xl border border-slate-200 bg-white p-4">
            <h3 id="grafik-total" className="font-semibold">Nilai total per unit</h3>
            <p className="mb-2 text-sm text-slate-600">Unit pada halaman ini. Garis putus-putus: batas Menuju WBK ({thresholds.totalWbk}) dan Menuju WBBM ({thresholds.totalWbbm}) menurut Tabel 6.</p>
            <TotalsBarChart data={toTotalsSeries(list.rows)} totalWbk={thresholds.totalWbk} totalWbbm={thresholds.totalWbbm} />
          </section>
          <AreaHeatmap rows={toHeatmapRows(list.rows, thresholds)} areaNames={areaNames} areaWbk={thresholds.areaWbk} areaWbbm={thresholds.areaWbbm} />
          <UnitsTable rows={list.rows} year={year} />
          <UnitListPagination query={query} page={list.page} pageCount={list.pageCount} path={path} year={year} />
        </>
      )}
    </section>
  );
}
