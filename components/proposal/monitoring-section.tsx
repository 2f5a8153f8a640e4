import { Badge } from "@/components/ui/badge";
import { formatDay, formatNumber, STATE_LABELS } from "@/lib/format";
import type { MonitoringDue, MonitoringReportView, OpenPeriodOption } from "@/lib/proposal/monitoring-queries";
import { CONCLUSION_LABELS } from "@/lib/proposal/monitoring-result";
import { TARGET_LABELS } from "@/lib/proposal/rules";
import { MonitoringForm } from "./monitoring-form";
import { MonitoringReportForm } from "./monitoring-report-form";
import { OpenMonitoringForm } from "./open-monitoring-form";

const link = "text-brand-700 underline";

function ReportLine({ report, due, today }: { report: MonitoringReportView; due: MonitoringDue; today: string }) {
  const name = `${due.unitName} ${formatDay(report.monitoredOn)}`;
  const reopened = report.assessment && report.assessment.state !== "FINAL";
  return (
    <div className="space-y-1 rounded-md bg-slate-50 p-2" data-testid="monitoring-report">
      <p className="flex flex-wrap items-center gap-2">
        <span>Laporan {formatDay(report.monitoredOn)}:</span>
        <Badge tone={report.conclusion === "MASIH_MEMENUHI" ? "green" : "red"}>{CONCLUSION_LABELS[report.conclusion]} kriteria</Badge>
        {report.score !== null && <span>nilai {formatNumber(report.score)}</span>}
        <span>· {report.reportNumber ? `nomor ${report.reportNumber}` : "surat belum bernomor"}</span>
        <span>
          · <a className={link} href={`/api/usulan/monitoring/${report.id}/laporan.pdf`}>PDF</a> ·{" "}
          <a className={link} href={`/api/usulan/monitoring/${report.id}/laporan.docx`}>DOCX</a>
        </span>
      </p>
      <p className="text-slate-600">
        {report.assessment ? (
          <>Dari penilaian monitoring {report.assessment.periodName} · <a className={link} href={`/dasbor/unit/${due.unitId}`}>halaman unit</a></>
        ) : (
          "Dicatat untuk monitoring di luar portal"
        )}
      </p>
      {reopened && (
        <p role="note" className="text-amber-900">
          LKE monitoring ini dibuka kembali ({STATE_LABELS[report.assessment!.state]}); laporan diperbarui saat ketua tim memfinalkannya lagi.
        </p>
      )}
      <MonitoringReportForm monitoringId={report.id} name={name} values={{ monitoredOn: report.monitoredOn, reportNumber: report.reportNumber ?? "", notes: report.notes }} minDay={due.decreeDate} today={today} />
    </div>
  );
}

function PredicateItem({ due, openPeriods, today }: { due: MonitoringDue; openPeriods: OpenPeriodOption[]; today: string }) {
  const name = `${due.unitName} ${TARGET_LABELS[due.predicate]} ${due.year}`;
  const periods = openPeriods.filter((p) => p.year > due.year && !due.monitoredPeriodIds.includes(p.id));
  return (
    <li className="space-y-2 py-3" data-testid="monitoring-due">
      <p className="flex flex-wrap items-center gap-2">
        <strong>{due.unitName}</strong> {TARGET_LABELS[due.predicate]} {due.year}
        {due.overdue ? <Badge tone="red">Lewat jatuh tempo {formatDay(due.due)}</Badge> : <Badge tone="slate">Jatuh tempo {formatDay(due.due)}</Badge>}
      </p>
      <p className="text-slate-700">
        Keputusan {formatDay(due.decreeDate)} · {due.lastMonitoredOn ? `monitoring terakhir ${formatDay(due.lastMonitoredOn)}` : "belum pernah dimonitor"} ·{" "}
        <a className={link} href={`/admin/units/${due.unitId}`}>register predikat unit</a>
      </p>
      {due.inProgress.map((a) => (
        <p key={a.id} className="flex flex-wrap items-center gap-2" data-testid="monitoring-in-progress">
          <Badge tone="blue">Penilaian monitoring berjalan</Badge>
          {a.periodName}: {STATE_LABELS[a.state]} — unit mengisi LKE, TPI mereviu, dan laporan dibuat saat ketua tim memfinalkannya.
        </p>
      ))}
      <OpenMonitoringForm predicateId={due.predicateId} name={name} periods={periods} running={due.inProgress.length > 0} year={due.year} />
      {due.reports.map((r) => (
        <ReportLine key={r.id} report={r} due={due} today={today} />
      ))}
      <MonitoringForm predicateId={due.predicateId} name={name} minDay={due.decreeDate} today={today} />
    </li>
  );
}

/** Predicate holders, their monitoring assessments and reports (90/2021 Bab IV A, every two years). */
export function MonitoringSection({ due, openPeriods, today }: { due: MonitoringDue[]; openPeriods: OpenPeriodOption[]; today: string }) {
  return (
    <section aria-labelledby="monitoring-title" className="space-y-3 rounded-xl border border-slate-200 bg-white p-4 sm:p-6">
      <h2 id="monitoring-title" className="text-lg font-semibold">Monitoring pemegang predikat</h2>
      <p className="text-sm text-slate-600">
        TPI menilai dan melaporkan unit berpredikat setidaknya setiap dua tahun (PermenPAN-RB 90/2021 Bab IV A): buka penilaian monitoring pada periode yang terbuka; hasil final TPI menjadi surat laporan kepada Menteri (Gambar 10). Pencabutan oleh Menteri dicatat di register predikat unit dan mengunci unit dua tahun.
      </p>
      {due.length === 0 ? (
        <p className="text-sm text-slate-600">Belum ada unit dengan predikat yang berlaku.</p>
      ) : (
        <ul className="divide-y divide-slate-100 text-sm">
          {due.map((d) => (
            <PredicateItem key={d.predicateId} due={d} openPeriods={openPeriods} today={today} />
          ))}
        </ul>
      )}
    </section>
  );
}
