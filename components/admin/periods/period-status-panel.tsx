"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { closePeriodAction } from "@/lib/admin/periods/actions";
import type { PeriodDetail } from "@/lib/admin/periods/queries";
import { NoticeAlert } from "../notice";
import { callAction, type Notice } from "../submit";
import { PeriodStatusBadge } from "./period-badges";
import { PeriodReopenForm } from "./period-reopen-form";

/** Close an open period after a confirmation; a closed one can be reopened with a reason. */
export function PeriodStatusPanel({ period }: { period: PeriodDetail }) {
  const router = useRouter();
  const [notice, setNotice] = useState<Notice | null>(null);
  const close = async () => {
    const result = await callAction(() => closePeriodAction({ id: period.id }));
    setNotice(result.ok ? { tone: "success", text: `Periode “${period.name}” ditutup.` } : { tone: "error", text: result.error });
    if (result.ok) router.refresh();
  };
  const drafts = period.states.DRAFT + period.states.RETURNED;
  return (
    <section aria-labelledby="period-status" className="space-y-3 rounded-xl border border-slate-200 bg-white p-4 sm:p-6">
      <h2 id="period-status" className="text-lg font-semibold">Status periode</h2>
      <p className="flex flex-wrap items-center gap-2 text-sm">
        <PeriodStatusBadge status={period.status} />
        <span className="text-slate-600">
          {period.status === "OPEN" ? "Unit dapat mengisi LKE sampai batas waktu." : "Unit tidak dapat lagi mengubah isian LKE."}
        </span>
      </p>
      <NoticeAlert notice={notice} />
      {period.status === "OPEN" ? (
        <ConfirmButton
          label="Tutup periode"
          variant="danger"
          title={`Tutup ${period.name}?`}
          description={
            <>
              Setelah ditutup, operator unit tidak dapat lagi mengubah jawaban maupun bukti dukung.
              {drafts > 0 && <strong className="mt-2 block">{drafts} unit belum mengajukan LKE-nya.</strong>}
              <span className="mt-2 block">Periode dapat dibuka kembali oleh admin dengan alasan yang dicatat.</span>
            </>
          }
          confirmLabel="Ya, tutup periode"
          onConfirm={close}
        />
      ) : (
        <PeriodReopenForm periodId={period.id} />
      )}
    </section>
  );
}
