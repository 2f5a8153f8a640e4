import type { ReactNode } from "react";
import { Badge } from "@/components/ui/badge";
import { formatDay } from "@/lib/format";
import { CONCLUSION_LABELS } from "@/lib/proposal/monitoring-result";
import { SOURCE_LABELS, TARGET_LABELS } from "@/lib/unit-facts/labels";
import type { UnitPredicateView } from "@/lib/unit-facts/queries";

type Props = { predicates: UnitPredicateView[]; action?: (predicate: UnitPredicateView) => ReactNode };

/**
 * A unit's predicate register, newest first: each predicate with its decree and, when revoked,
 * the revocation decree (no new proposal for two years after it, PermenPAN-RB 90/2021 Lampiran
 * II Bab IV C, pages 63–64). `action` adds a control per entry (ADMIN's revocation form).
 */
export function PredicateRegisterList({ predicates, action }: Props) {
  if (predicates.length === 0) {
    return <p className="text-sm text-slate-600">Belum ada predikat tercatat untuk unit ini.</p>;
  }
  return (
    <ul className="divide-y divide-slate-100 text-sm" aria-label="Register predikat">
      {predicates.map((p) => (
        <li key={p.id} className="space-y-1 py-3" data-testid="predicate-entry">
          <p className="flex flex-wrap items-center gap-2">
            <strong>{TARGET_LABELS[p.predicate]} {p.year}</strong>
            {p.revokedOn ? <Badge tone="red">Dicabut</Badge> : <Badge tone="green">Berlaku</Badge>}
          </p>
          <p className="text-slate-700">{SOURCE_LABELS[p.source]} · Keputusan {p.decreeNumber}, {formatDay(p.decreeDate)}</p>
          {!p.revokedOn && (
            <p className="text-slate-700" data-testid="predicate-monitoring">
              {p.latestMonitoring
                ? `Monitoring TPI terakhir ${formatDay(p.latestMonitoring.monitoredOn)}: ${CONCLUSION_LABELS[p.latestMonitoring.conclusion]} kriteria.`
                : "Belum ada laporan monitoring TPI."}
            </p>
          )}
          {p.revokedOn && (
            <p className="text-red-800">
              Dicabut dengan keputusan {p.revocationNumber}, {formatDay(p.revokedOn)}: tidak dapat diusulkan kembali selama 2 tahun sejak tanggal itu.
            </p>
          )}
          {action?.(p)}
        </li>
      ))}
    </ul>
  );
}
