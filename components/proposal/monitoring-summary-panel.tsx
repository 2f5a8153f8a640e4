import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import type { Role } from "@/lib/db/generated/enums";
import type { MonitoringDue } from "@/lib/proposal/monitoring-queries";
import { monitoringStanding } from "@/lib/proposal/monitoring-standing";
import { TARGET_LABELS } from "@/lib/proposal/rules";

/**
 * The leaders' view of the predicate holders (90/2021 Bab IV A: the TPI's monitoring every two
 * years): a unit that no longer meets its criteria or whose monitoring is overdue is a risk to the
 * predicate, so it is named here with the latest report.
 */
export function MonitoringSummaryPanel({ due, role }: { due: MonitoringDue[]; role: Role }) {
  if (due.length === 0) return null;
  return (
    <section aria-labelledby="monitoring-summary-title" data-testid="monitoring-summary" className="space-y-2 rounded-xl border border-slate-200 bg-white p-4 text-sm">
      <h2 id="monitoring-summary-title" className="font-semibold">Monitoring pemegang predikat ({due.length})</h2>
      <ul className="space-y-1">
        {due.map((d) => {
          const s = monitoringStanding(d);
          return (
            <li key={d.predicateId} className="flex flex-wrap items-center gap-2">
              <span>{d.unitName} — {TARGET_LABELS[d.predicate]} {d.year}</span>
              <Badge tone={s.tone}>{s.text}</Badge>
            </li>
          );
        })}
      </ul>
      {role === "ADMIN" && <Link href="/admin/usulan" className="font-semibold text-brand-700 underline">Kelola monitoring</Link>}
    </section>
  );
}
