import { Badge } from "@/components/ui/badge";
import { formatDay } from "@/lib/format";
import type { MonitoringDue } from "@/lib/proposal/queries";
import { TARGET_LABELS } from "@/lib/proposal/rules";
import { MonitoringForm } from "./monitoring-form";

/** Predicate holders and their next monitoring report (90/2021 Bab IV A, every two years). */
export function MonitoringSection({ due, today }: { due: MonitoringDue[]; today: string }) {
  return (
    <section aria-labelledby="monitoring-title" className="space-y-3 rounded-xl border border-slate-200 bg-white p-4 sm:p-6">
      <h2 id="monitoring-title" className="text-lg font-semibold">Monitoring pemegang predikat</h2>
      <p className="text-sm text-slate-600">
        TPI menilai dan melaporkan unit berpredikat setidaknya setiap dua tahun (PermenPAN-RB 90/2021 Bab IV A). Pencabutan oleh Menteri dicatat di register predikat unit dan mengunci unit dua tahun.
      </p>
      {due.length === 0 ? (
        <p className="text-sm text-slate-600">Belum ada unit dengan predikat yang berlaku.</p>
      ) : (
        <ul className="divide-y divide-slate-100 text-sm">
          {due.map((d) => (
            <li key={d.predicateId} className="space-y-1 py-3" data-testid="monitoring-due">
              <p className="flex flex-wrap items-center gap-2">
                <strong>{d.unitName}</strong> {TARGET_LABELS[d.predicate]} {d.year}
                {d.overdue ? <Badge tone="red">Lewat jatuh tempo</Badge> : <Badge tone="slate">Jatuh tempo {formatDay(d.due)}</Badge>}
              </p>
              <p className="text-slate-700">
                Keputusan {formatDay(d.decreeDate)} · {d.lastMonitoredOn ? `monitoring terakhir ${formatDay(d.lastMonitoredOn)}` : "belum pernah dimonitor"} ·{" "}
                <a className="text-brand-700 underline" href={`/admin/units/${d.unitId}`}>register predikat unit</a>
              </p>
              {d.reports.map((r) => (
                <p key={r.id} className="text-slate-700">
                  Laporan {formatDay(r.monitoredOn)}: {r.conclusion === "MASIH_MEMENUHI" ? "masih memenuhi" : "tidak memenuhi"} —{" "}
                  <a className="text-brand-700 underline" href={`/api/usulan/monitoring/${r.id}/laporan.pdf`}>PDF</a> ·{" "}
                  <a className="text-brand-700 underline" href={`/api/usulan/monitoring/${r.id}/laporan.docx`}>DOCX</a>
                </p>
              ))}
              <MonitoringForm predicateId={d.predicateId} name={`${d.unitName} ${TARGET_LABELS[d.predicate]} ${d.year}`} minDay={d.decreeDate} today={today} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
