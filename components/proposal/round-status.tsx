import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { formatDateTime, formatDay } from "@/lib/format";
import type { TimeZoneCode } from "@/lib/db/generated/enums";
import type { ProposalOverview } from "@/lib/proposal/queries";

/** The deadline with its countdown, and whether and when the proposal was approved. */
export function RoundStatus({ overview, zone, canEditDeadline = false }: { overview: ProposalOverview; zone: TimeZoneCode; canEditDeadline?: boolean }) {
  const { round, deadline, daysLeft } = overview;
  const countdown = daysLeft > 0 ? `${daysLeft} hari lagi` : daysLeft === 0 ? "hari ini" : `lewat ${-daysLeft} hari`;
  return (
    <div className="space-y-2" data-testid="proposal-status">
      <p className="text-sm">
        Batas pengusulan ke TPN: <strong>{formatDay(deadline)}</strong> ({countdown}).{" "}
        {canEditDeadline && <Link href={`/admin/periods/${overview.period.id}/tabel5`} className="text-brand-700 underline">Ubah batas bila TPN menetapkan tanggal lain</Link>}
      </p>
      {!round && <Alert tone="info">Usulan untuk periode ini belum dibuat.</Alert>}
      {round?.status === "DRAFT" && <Alert tone="info">Menunggu persetujuan pimpinan: {round.units.length} unit dipilih{round.quota !== null ? ` dari kuota ${round.quota}` : ""}.</Alert>}
      {round?.status === "APPROVED" && (
        <Alert tone="success">
          Disetujui {round.approvedByName ?? "pimpinan"} pada {round.approvedAt ? formatDateTime(round.approvedAt, zone) : "-"}
          {round.late ? ` — TERLAMBAT. Alasan: ${round.lateReason}` : "."}
        </Alert>
      )}
    </div>
  );
}
