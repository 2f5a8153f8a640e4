import type { GapSummary, ReadinessBasis } from "@/lib/dashboard/rows";
import { formatNumber } from "@/lib/format";

/** The ten questions whose best answer adds the most (lib/scoring's gaps), read-only. */
export function UnitGapList({ gaps, basis }: { gaps: GapSummary[]; basis: ReadinessBasis }) {
  return (
    <section aria-labelledby="celah-unit" className="rounded-xl border border-slate-200 bg-white p-4" data-testid="unit-gaps">
      <h2 id="celah-unit" className="font-semibold">10 celah terbesar</h2>
      <p className="text-xs text-slate-600">Dihitung dari {basis === "UNIT" ? "jawaban unit" : "nilai TPI"}.</p>
      {gaps.length === 0 ? (
        <p className="mt-2 text-sm text-slate-600">Semua pertanyaan sudah mendapat jawaban terbaik.</p>
      ) : (
        <ol className="mt-2 space-y-2 text-sm">
          {gaps.map((g) => (
            <li key={g.code}>
              <strong>{g.code}</strong> <span className="text-slate-700">{g.text.length > 110 ? `${g.text.slice(0, 110)}…` : g.text}</span>
              <p className="text-slate-600">
                {g.answered ? "Jawaban terbaik" : "Menjawab dengan jawaban terbaik"} menambah <strong>{formatNumber(g.gain)} poin</strong>.
              </p>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
