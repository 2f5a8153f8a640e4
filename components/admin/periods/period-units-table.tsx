import { type Column, DataTable } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import type { PeriodParticipant } from "@/lib/admin/periods/queries";
import type { TimeZoneCode } from "@/lib/db/generated/enums";
import { formatDateTime } from "@/lib/format";
import { AssessmentStateBadge } from "./period-badges";

const title: Column<PeriodParticipant> = { header: "Unit", cell: (a) => a.unit.name };

const columns = (zone: TimeZoneCode): Column<PeriodParticipant>[] => [
  { header: "Kode", cell: (a) => <span className="font-mono text-xs">{a.unit.code}</span> },
  { header: "Status LKE", cell: (a) => <AssessmentStateBadge state={a.state} /> },
  { header: "Jawaban terisi", cell: (a) => a._count.answers },
  { header: "Diajukan", className: "whitespace-nowrap", cell: (a) => (a.submittedAt ? formatDateTime(a.submittedAt, zone) : "—") },
];

export function PeriodUnitsTable({ participants, zone }: { participants: PeriodParticipant[]; zone: TimeZoneCode }) {
  if (participants.length === 0) return <EmptyState title="Belum ada unit peserta" />;
  return <DataTable caption="Unit peserta dan status LKE-nya" rows={participants} rowKey={(a) => a.id} title={title} columns={columns(zone)} />;
}
