import Link from "next/link";
import { type Column, DataTable } from "@/components/ui/data-table";
import type { PeriodListItem } from "@/lib/admin/periods/queries";
import type { TimeZoneCode } from "@/lib/db/generated/enums";
import { formatDate } from "@/lib/format";
import { PeriodStatusBadge, StateCounts } from "./period-badges";

const title: Column<PeriodListItem> = {
  header: "Periode",
  cell: (period) => (
    <Link href={`/admin/periods/${period.id}`} className="text-brand-700 underline-offset-2 hover:underline">
      {period.name}
    </Link>
  ),
};

const columns = (zone: TimeZoneCode): Column<PeriodListItem>[] => [
  { header: "Tahun", cell: (period) => period.year },
  { header: "Versi LKE", cell: (period) => period.lkeVersion.title },
  { header: "Batas waktu", className: "whitespace-nowrap", cell: (period) => formatDate(period.deadline, zone) },
  { header: "Status", cell: (period) => <PeriodStatusBadge status={period.status} /> },
  { header: "Unit", cell: (period) => period.unitCount },
  { header: "Status LKE unit", cell: (period) => <StateCounts states={period.states} /> },
];

export function PeriodsTable({ periods, zone }: { periods: PeriodListItem[]; zone: TimeZoneCode }) {
  return <DataTable caption="Daftar periode evaluasi" rows={periods} rowKey={(period) => period.id} title={title} columns={columns(zone)} />;
}
