import { ExportButtons } from "@/components/exports/export-buttons";
import { InstansiConditionsPanel } from "@/components/eligibility/instansi-conditions-panel";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import type { SessionUser } from "@/lib/auth/session";
import { getPeriodDashboard } from "@/lib/dashboard/period-dashboard";
import { choosePeriod, listDashboardPeriods, parseYear } from "@/lib/dashboard/periods";
import { parseUnitListQuery, type SearchParams } from "@/lib/dashboard/unit-list";
import { getDb } from "@/lib/db/prisma";
import { getPeriodConditions } from "@/lib/instansi/conditions";
import { loadInstansiProfile } from "@/lib/instansi/load-profile";
import { dateInZone } from "@/lib/instansi/time-zone";
import { getProposalCountdown } from "@/lib/proposal/queries";
import { MonitoringSummaryPanel } from "@/components/proposal/monitoring-summary-panel";
import { ProposalCountdownPanel } from "@/components/proposal/proposal-countdown";
import { listMonitoringDue } from "@/lib/proposal/monitoring-queries";
import { PeriodDashboardView } from "./period-dashboard-view";
import { YearFilter } from "./year-filter";

/** `path`: the route showing the screen, where the list's links and filter form lead back to. */
type Props = { user: SessionUser; searchParams: SearchParams; path: "/dasbor" | "/pimpinan" };

/**
 * The period dashboard for a user the page has already let in (/dasbor, and /pimpinan, the
 * leaders' home). Read-only for every role: nothing here writes.
 */
export async function PeriodDashboardScreen({ user, searchParams, path }: Props) {
  const db = getDb();
  const periods = await listDashboardPeriods({ db });
  const period = choosePeriod(periods, parseYear(searchParams.tahun));
  const query = parseUnitListQuery(searchParams);
  const instansi = await loadInstansiProfile();
  const today = dateInZone(new Date(), instansi.timeZone);
  const [dashboard, conditions, countdown, monitoring] = await Promise.all([
    period ? getPeriodDashboard({ db, user, period, query }) : null,
    period ? getPeriodConditions({ db, periodId: period.id }) : null,
    period ? getProposalCountdown({ db, periodId: period.id, today }) : null,
    user.role === "PIMPINAN" || user.role === "ADMIN" ? listMonitoringDue({ db, today }) : [],
  ]);
  return (
    <>
      <PageHeader
        title="Dasbor Zona Integritas"
        description={period ? `${period.name} — kesiapan unit kerja untuk diusulkan Menuju WBK/WBBM` : "Kesiapan unit kerja untuk diusulkan Menuju WBK/WBBM"}
        actions={period && <YearFilter years={periods.map((p) => p.year)} selected={period.year} action="/dasbor" />}
      />
      {dashboard && <div className="mb-4"><ExportButtons year={dashboard.period.year} /></div>}
      {!dashboard ? (
        <EmptyState title="Belum ada periode evaluasi">Dasbor terisi setelah admin membuka periode evaluasi dan unit kerja mengisi LKE.</EmptyState>
      ) : (
        <div className="space-y-6">
          {countdown && <ProposalCountdownPanel countdown={countdown} role={user.role} />}
          <MonitoringSummaryPanel due={monitoring} role={user.role} />
          {conditions && <InstansiConditionsPanel conditions={conditions} />}
          <PeriodDashboardView dashboard={dashboard} query={query} path={path} zone={instansi.timeZone} />
        </div>
      )}
    </>
  );
}
