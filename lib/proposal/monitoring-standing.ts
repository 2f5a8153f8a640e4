import { formatDay } from "@/lib/format";
import type { MonitoringDue } from "./monitoring-queries";
import { CONCLUSION_LABELS } from "./monitoring-result";

// Where one predicate holder stands, for the leaders' dashboard (90/2021 Lampiran II Bab IV A,
// pages 61–62: a report at least every two years). The risk comes first: a latest report that
// says "tidak memenuhi" stays visible while a new monitoring runs.

export type Standing = { tone: "green" | "red" | "amber" | "slate"; text: string };

export function monitoringStanding(due: Pick<MonitoringDue, "reports" | "inProgress" | "overdue" | "due">): Standing {
  const last = due.reports[0];
  const running = due.inProgress[0];
  if (last?.conclusion === "TIDAK_MEMENUHI") {
    return { tone: "red", text: `laporan ${formatDay(last.monitoredOn)}: ${CONCLUSION_LABELS[last.conclusion]} kriteria${running ? `; monitoring baru berjalan (${running.periodName})` : ""}` };
  }
  if (running) return { tone: "slate", text: `penilaian monitoring berjalan (${running.periodName})` };
  if (due.overdue) return { tone: "amber", text: `monitoring lewat jatuh tempo ${formatDay(due.due)}` };
  if (last) return { tone: "green", text: `laporan ${formatDay(last.monitoredOn)}: ${CONCLUSION_LABELS[last.conclusion]} kriteria` };
  return { tone: "slate", text: `belum dimonitor; jatuh tempo ${formatDay(due.due)}` };
}
