import Link from "next/link";
import type { Role } from "@/lib/db/generated/enums";
import { formatDay } from "@/lib/format";
import type { ProposalCountdown } from "@/lib/proposal/queries";

/** The TPN deadline's countdown on the dashboard (PermenPAN-RB 5/2024 page 6: 31 Mei or TPN's date). */
export function ProposalCountdownPanel({ countdown, role }: { countdown: ProposalCountdown; role: Role }) {
  const { deadline, daysLeft, status, units, late } = countdown;
  const when = daysLeft > 0 ? `${daysLeft} hari lagi` : daysLeft === 0 ? "hari ini" : `sudah lewat ${-daysLeft} hari`;
  const state =
    status === null ? "Usulan belum disusun." : status === "DRAFT" ? `${units} unit menunggu persetujuan pimpinan.` : `Usulan ${units} unit sudah disetujui${late ? " (terlambat)" : ""}.`;
  const href = role === "PIMPINAN" ? `/pimpinan/usulan/${countdown.periodId}` : role === "ADMIN" ? `/admin/usulan/${countdown.periodId}` : null;
  return (
    <section aria-label="Batas pengusulan ke TPN" data-testid="proposal-countdown" className="rounded-xl border border-slate-200 bg-white p-4 text-sm">
      <p>
        <strong>Batas pengusulan ke TPN: {formatDay(deadline)}</strong> — {when}. {state}{" "}
        {href && <Link href={href} className="font-semibold text-brand-700 underline">Buka usulan</Link>}
      </p>
    </section>
  );
}
