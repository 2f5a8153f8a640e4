import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { formatDay } from "@/lib/format";
import type { ProposalPeriod } from "@/lib/proposal/queries";

/** Each period with its proposal's state, linking to the page of `base`/<periodId>. */
export function ProposalPeriods({ periods, base }: { periods: ProposalPeriod[]; base: "/admin/usulan" | "/pimpinan/usulan" }) {
  if (periods.length === 0) return <p className="text-sm text-slate-600">Belum ada periode evaluasi.</p>;
  return (
    <ul className="divide-y divide-slate-100 rounded-xl border border-slate-200 bg-white text-sm">
      {periods.map((p) => (
        <li key={p.id} className="flex flex-wrap items-center gap-3 p-4">
          <Link href={`${base}/${p.id}`} className="font-semibold text-brand-700 underline">{p.name}</Link>
          <span className="text-slate-600">batas {formatDay(p.deadline)}</span>
          {p.status === null ? <Badge>Belum dibuat</Badge> : p.status === "DRAFT" ? <Badge tone="amber">Menunggu persetujuan · {p.units} unit</Badge> : <Badge tone="green">Disetujui · {p.units} unit</Badge>}
        </li>
      ))}
    </ul>
  );
}
