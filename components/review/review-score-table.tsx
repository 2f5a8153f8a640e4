import Link from "next/link";
import { formatNumber } from "@/lib/format";
import type { ReviewOverview } from "@/lib/review/overview";

type Props = { assessmentId: string; overview: ReviewOverview };

/** Unit against TPI per area and in total; where the unit scored itself higher, the gap is red. */
export function ReviewScoreTable({ assessmentId, overview }: Props) {
  const rows = overview.sections.map((s) => ({ key: s.key, name: s.name, href: `/tpi/penilaian/${assessmentId}/${s.key}`, unit: s.unitScore, tpi: s.tpiScore, weight: s.weight, unreviewed: s.unreviewed, flagged: s.flagged }));
  const total = { unit: overview.unit.total, tpi: overview.tpi.total, weight: rows.reduce((n, r) => n + r.weight, 0) };
  return (
    <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Nilai unit dan nilai TPI per area</caption>
        <thead className="border-b border-slate-200 bg-slate-50 text-xs uppercase tracking-wide text-slate-600">
          <tr>
            <th scope="col" className="px-3 py-2">Area</th>
            <th scope="col" className="px-3 py-2 text-right">Bobot</th>
            <th scope="col" className="px-3 py-2 text-right">Unit</th>
            <th scope="col" className="px-3 py-2 text-right">TPI</th>
            <th scope="col" className="px-3 py-2 text-right">Selisih</th>
            <th scope="col" className="px-3 py-2 text-right">Belum dinilai</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((r) => (
            <tr key={r.key}>
              <th scope="row" className="px-3 py-2 font-medium">
                <Link href={r.href} className="text-brand-700 underline">{r.name}</Link>
                {r.flagged > 0 && <span className="ml-2 text-xs text-amber-800">{r.flagged} perlu perbaikan</span>}
              </th>
              <td className="px-3 py-2 text-right tabular-nums">{formatNumber(r.weight)}</td>
              <td className="px-3 py-2 text-right tabular-nums">{formatNumber(r.unit)}</td>
              <td className="px-3 py-2 text-right tabular-nums">{formatNumber(r.tpi)}</td>
              <Difference unit={r.unit} tpi={r.tpi} />
              <td className="px-3 py-2 text-right tabular-nums">{r.unreviewed}</td>
            </tr>
          ))}
        </tbody>
        <tfoot className="border-t-2 border-slate-300 font-semibold">
          <tr>
            <th scope="row" className="px-3 py-2">Nilai total</th>
            <td className="px-3 py-2 text-right tabular-nums">{formatNumber(total.weight)}</td>
            <td className="px-3 py-2 text-right tabular-nums" data-testid="unit-total">{formatNumber(total.unit)}</td>
            <td className="px-3 py-2 text-right tabular-nums" data-testid="tpi-total">{formatNumber(total.tpi)}</td>
            <Difference unit={total.unit} tpi={total.tpi} />
            <td className="px-3 py-2 text-right tabular-nums" data-testid="unreviewed-total">{overview.unreviewed}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

/** TPI minus unit: negative (the unit scored itself higher) in red, so an inflated self-score stands out. */
function Difference({ unit, tpi }: { unit: number; tpi: number }) {
  const diff = tpi - unit;
  // Below half a hundredth the two scores look equal at the two decimals shown.
  const inflated = diff < -0.005;
  return (
    <td className={`px-3 py-2 text-right tabular-nums ${inflated ? "bg-red-50 font-semibold text-red-800" : "text-slate-700"}`}>
      {diff > 0.005 ? "+" : ""}{formatNumber(diff)}
      {inflated && <span className="sr-only"> (nilai mandiri unit lebih tinggi)</span>}
    </td>
  );
}
