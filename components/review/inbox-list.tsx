import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import type { TimeZoneCode } from "@/lib/db/generated/enums";
import { formatDate, formatNumber, STATE_LABELS } from "@/lib/format";
import { TARGET_LABELS } from "@/lib/proposal/rules";
import type { InboxItem } from "@/lib/review/queries";

/** The reviewer's units: state, both scores so far, what is left, and the way in. */
export function InboxList({ items, zone }: { items: InboxItem[]; zone: TimeZoneCode }) {
  return (
    <ul className="space-y-3">
      {items.map((item) => {
        const assessment = item.assessment;
        const draft = !assessment || assessment.state === "DRAFT";
        return (
          <li key={item.assignmentId} className="rounded-xl border border-slate-200 bg-white p-4" data-testid="inbox-item">
            <div className="flex flex-wrap items-start justify-between gap-2">
              <div>
                <p className="font-semibold">
                  {draft || !assessment ? item.unit.name : <Link href={`/tpi/penilaian/${assessment.id}`} className="text-brand-700 underline">{item.unit.name}</Link>}
                </p>
                <p className="text-sm text-slate-600">{item.period.name} · batas waktu {formatDate(item.period.deadline, zone)}</p>
              </div>
              <div className="flex flex-wrap gap-1">
                {assessment && <Badge tone={draft ? "slate" : assessment.state === "FINAL" ? "green" : "blue"}>{draft ? "Belum diajukan" : STATE_LABELS[assessment.state]}</Badge>}
                {item.isLead && <Badge tone="green">Ketua tim</Badge>}
                {item.monitors && <Badge tone="amber">Monitoring {TARGET_LABELS[item.monitors.predicate]} {item.monitors.year}</Badge>}
              </div>
            </div>
            {draft ? (
              <p className="mt-2 text-sm text-slate-600">LKE belum diajukan unit; reviu dapat dimulai setelah diajukan.</p>
            ) : (
              <dl className="mt-3 grid grid-cols-3 gap-3 text-sm">
                <div>
                  <dt className="text-xs text-slate-600">Nilai mandiri unit</dt>
                  <dd className="text-lg font-bold tabular-nums">{formatNumber(item.unitTotal)}</dd>
                </div>
                <div>
                  <dt className="text-xs text-slate-600">Nilai TPI sejauh ini</dt>
                  <dd className="text-lg font-bold tabular-nums" data-testid="inbox-tpi-total">{formatNumber(item.tpiTotal)}</dd>
                </div>
                <div>
                  <dt className="text-xs text-slate-600">Belum dinilai</dt>
                  <dd className="text-lg font-bold tabular-nums">{item.unreviewed}</dd>
                </div>
              </dl>
            )}
          </li>
        );
      })}
    </ul>
  );
}
