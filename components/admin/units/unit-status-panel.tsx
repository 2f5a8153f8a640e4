"use client";

import { useState } from "react";
import { Badge } from "@/components/ui/badge";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { deactivateUnitAction, reactivateUnitAction } from "@/lib/admin/units/actions";
import type { UnitDetail } from "@/lib/admin/units/queries";
import { NoticeAlert } from "../notice";
import { callAction, type Notice } from "../submit";

/** Deactivate or reactivate, each after a confirmation. The server refuses while users are active. */
export function UnitStatusPanel({ unit }: { unit: UnitDetail }) {
  const [notice, setNotice] = useState<Notice | null>(null);
  const run = async (action: typeof deactivateUnitAction, done: string) => {
    const result = await callAction(() => action({ id: unit.id }));
    setNotice(result.ok ? { tone: "success", text: done } : { tone: "error", text: result.error });
  };
  return (
    <section aria-labelledby="unit-status" className="space-y-3 rounded-xl border border-slate-200 bg-white p-4 sm:p-6">
      <h2 id="unit-status" className="text-lg font-semibold">Status unit</h2>
      <p className="flex flex-wrap items-center gap-2 text-sm">
        {unit.active ? <Badge tone="green">Aktif</Badge> : <Badge>Nonaktif</Badge>}
        <span className="text-slate-600">{unit.activeUserCount} pengguna aktif di unit ini.</span>
      </p>
      <NoticeAlert notice={notice} />
      {unit.active ? (
        <ConfirmButton
          label="Nonaktifkan unit"
          variant="danger"
          title={`Nonaktifkan ${unit.name}?`}
          description="Unit nonaktif tidak dapat dipilih untuk pengguna baru atau periode evaluasi baru. Data lamanya tetap tersimpan dan unit dapat diaktifkan kembali."
          confirmLabel="Ya, nonaktifkan"
          onConfirm={() => run(deactivateUnitAction, `Unit “${unit.name}” dinonaktifkan.`)}
        />
      ) : (
        <ConfirmButton
          label="Aktifkan kembali"
          title={`Aktifkan kembali ${unit.name}?`}
          description="Unit akan dapat dipilih lagi untuk pengguna dan periode evaluasi."
          confirmLabel="Ya, aktifkan"
          onConfirm={() => run(reactivateUnitAction, `Unit “${unit.name}” aktif kembali.`)}
        />
      )}
    </section>
  );
}
