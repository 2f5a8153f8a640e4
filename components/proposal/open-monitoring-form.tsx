"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { NoticeAlert } from "@/components/admin/notice";
import { callAction, type Notice } from "@/components/admin/submit";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/select-field";
import { openMonitoringAssessmentAction } from "@/lib/proposal/actions";
import type { OpenPeriodOption } from "@/lib/proposal/monitoring-queries";

const OUTCOME: Record<"created" | "linked" | "recorded", string> = {
  created: "Penilaian monitoring dibuka: unit kini mengisi LKE-nya pada periode ini.",
  linked: "LKE unit pada periode ini kini juga menjadi penilaian monitoring; hasil finalnya menjadi laporan.",
  recorded: "LKE unit pada periode ini sudah final: laporan monitoring dibuat dari hasilnya.",
};

type Props = { predicateId: string; name: string; periods: OpenPeriodOption[]; running: boolean; year: number };

/**
 * ADMIN opens the monitoring assessment of one predicate in an OPEN period after its year. It
 * stays mounted while one runs (showing only its notice), so the confirmation outlives the refresh
 * that replaces the form with the running assessment.
 */
export function OpenMonitoringForm({ predicateId, name, periods, running, year }: Props) {
  const router = useRouter();
  const [periodId, setPeriodId] = useState(periods[0]?.id ?? "");
  const [notice, setNotice] = useState<Notice | null>(null);
  const [busy, setBusy] = useState(false);
  const [periodError, setPeriodError] = useState<string | undefined>();
  const selectId = `monitoring-period-${predicateId}`;
  async function open(event: React.FormEvent) {
    event.preventDefault();
    setBusy(true);
    setNotice(null);
    const result = await callAction(() => openMonitoringAssessmentAction({ predicateId, periodId }));
    setBusy(false);
    if (!result.ok) {
      setPeriodError(result.fieldErrors?.periodId?.[0]);
      return setNotice({ tone: "error", text: [result.error, ...(result.fieldErrors?.predicateId ?? [])].join(" ") });
    }
    setPeriodError(undefined);
    setNotice({ tone: "success", text: OUTCOME[result.data.outcome] });
    router.refresh();
  }
  if (running) return <NoticeAlert notice={notice} />;
  if (periods.length === 0) {
    return <p className="text-slate-600">Belum ada periode evaluasi terbuka sesudah tahun {year} tanpa monitoring predikat ini; buka periode di menu Periode untuk memulai penilaian monitoring.</p>;
  }
  return (
    <form onSubmit={open} aria-label={`Buka monitoring ${name}`} className="flex flex-wrap items-end gap-2">
      <SelectField id={selectId} label="Periode penilaian monitoring" required error={periodError} value={periodId} onChange={(e) => setPeriodId(e.target.value)}>
        {periods.map((p) => (
          <option key={p.id} value={p.id}>{p.name}</option>
        ))}
      </SelectField>
      <Button type="submit" disabled={busy || !periodId}>{busy ? "Membuka…" : "Buka penilaian monitoring"}</Button>
      <div className="basis-full">
        <NoticeAlert notice={notice} />
      </div>
    </form>
  );
}
