import type { PeriodDetail } from "@/lib/admin/periods/queries";
import type { TimeZoneCode } from "@/lib/db/generated/enums";
import { formatDate, formatDateTime } from "@/lib/format";
import { PeriodStatusBadge, StateCounts } from "./period-badges";

/** The facts of one period as a list of label/value pairs. */
export function PeriodSummary({ period, zone }: { period: PeriodDetail; zone: TimeZoneCode }) {
  const rows = [
    { label: "Tahun", value: period.year },
    { label: "Versi LKE", value: `${period.lkeVersion.title} (${period.lkeVersion.id})` },
    { label: "Batas waktu", value: `${formatDate(period.deadline, zone)}, 23.59 ${zone}` },
    { label: "Status", value: <PeriodStatusBadge status={period.status} /> },
    { label: "Dibuka", value: formatDateTime(period.createdAt, zone) },
    ...(period.closedAt ? [{ label: "Ditutup", value: formatDateTime(period.closedAt, zone) }] : []),
    { label: "Unit peserta", value: period.assessments.length },
    { label: "Status LKE unit", value: <StateCounts states={period.states} /> },
  ];
  return (
    <section aria-labelledby="period-summary" className="rounded-xl border border-slate-200 bg-white p-4 sm:p-6">
      <h2 id="period-summary" className="text-lg font-semibold">Ringkasan</h2>
      <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
        {rows.map((row) => (
          <div key={row.label} className="contents">
            <dt className="text-slate-600">{row.label}</dt>
            <dd className="min-w-0 break-words">{row.value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
