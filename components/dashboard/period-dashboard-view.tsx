import { EmptyState } from "@/components/ui/empty-state";
import type { PeriodDashboard } from "@/lib/dashboard/period-dashboard";
import type { UnitListQuery } from "@/lib/dashboard/unit-list";
import type { TimeZoneCode } from "@/lib/db/generated/enums";
import { ReadinessLists } from "./readiness-lists";
import { StateSummary } from "./state-summary";
import { UnitListSection } from "./unit-list-section";

type Props = { dashboard: PeriodDashboard; query: UnitListQuery; path: string; zone: TimeZoneCode };

/**
 * The period dashboard. The summary counts every unit; the readiness lists show the best few of
 * each side; chart, heatmap and table one page of the list: the markup is bounded, whatever the
 * number of units (lib/dashboard/period-dashboard reads only those units in full).
 */
export function PeriodDashboardView({ dashboard, query, path, zone }: Props) {
  const { period } = dashboard;
  if (dashboard.unitCount === 0) {
    return <EmptyState title="Belum ada unit pada periode ini">Unit kerja yang dapat Anda lihat akan muncul di sini setelah ditambahkan ke periode {period.year}.</EmptyState>;
  }
  return (
    <div className="space-y-6">
      <StateSummary counts={dashboard.counts} deadline={period.deadline} status={period.status} zone={zone} list={{ path, year: period.year, activeState: query.state }} />
      {!dashboard.started && <EmptyState title="Belum ada isian">Belum ada unit yang mengisi atau mengajukan LKE pada periode ini; nilai di bawah masih nol.</EmptyState>}
      <ReadinessLists ready={dashboard.ready} estimated={dashboard.estimated} notReady={dashboard.notReady} year={period.year} path={path} />
      <UnitListSection dashboard={dashboard} query={query} path={path} />
    </div>
  );
}
