import Link from "next/link";
import { EligibilityLines } from "@/components/eligibility/eligibility-lines";
import type { DashboardRow } from "@/lib/dashboard/rows";
import { READINESS_SHOWN, type ReadinessList } from "@/lib/dashboard/period-dashboard";
import type { Readiness } from "@/lib/dashboard/unit-list";
import { unitListHref } from "@/lib/dashboard/unit-list-links";
import { formatNumber } from "@/lib/format";
import { BASIS_LABELS, readinessLabel } from "./labels";

type Props = { ready: ReadinessList; estimated: ReadinessList; notReady: ReadinessList; year: number; path: string };

const card = "rounded-xl border border-slate-200 bg-white p-4";

const unitLink = (row: DashboardRow, year: number) => (
  <Link href={`/dasbor/unit/${row.unitId}?tahun=${year}`} className="font-medium text-brand-700 underline">{row.unitName}</Link>
);

function SeeAll({ count, readiness, label, year, path }: { count: number; readiness: Readiness; label: string; year: number; path: string }) {
  if (count <= READINESS_SHOWN) return null;
  return (
    <p className="mt-3 text-sm">
      <Link href={unitListHref({ path, year, query: { readiness } })} prefetch={false} className="font-semibold text-brand-700 underline">
        Lihat semua {count} unit {label}
      </Link>
    </p>
  );
}

function Rows({ list, year, empty, gap }: { list: ReadinessList; year: number; empty: string; gap?: boolean }) {
  if (list.count === 0) return <p className="mt-2 text-sm text-slate-600">{empty}</p>;
  return (
    <ul className="mt-2 space-y-3 text-sm">
      {list.shown.map((r) => {
        const largest = gap ? r.gaps[0] : undefined;
        return (
          <li key={r.assessmentId}>
            {unitLink(r, year)} — <strong>{readinessLabel(r)}</strong>, nilai {formatNumber(r.judgedTotal)}
            <span className="block text-xs text-slate-600">Dasar: {BASIS_LABELS[r.basis]}</span>
            {largest && (
              <p className="text-slate-700">
                Celah terbesar: <strong>{largest.code}</strong> {largest.text.length > 100 ? `${largest.text.slice(0, 100)}…` : largest.text} — menambah{" "}
                <strong>{formatNumber(largest.gain)} poin</strong>
              </p>
            )}
            <EligibilityLines eligibility={r.eligibility} estimate={r.basis !== "FINAL"} lockedUntil={r.lockedUntil} />
          </li>
        );
      })}
    </ul>
  );
}

/**
 * Which units may be proposed to TPN: only FINAL TPI evaluations (PermenPAN-RB 5/2024 Bab II A,
 * "berdasarkan laporan hasil evaluasi TPI"); units judged on their own claim or a partial review
 * are a perkiraan, listed apart; the rest with the question that adds the most. Best first.
 */
export function ReadinessLists({ ready, estimated, notReady, year, path }: Props) {
  return (
    <div className="grid gap-4 lg:grid-cols-3">
      <section aria-labelledby="siap" className={card} data-testid="ready-list">
        <h2 id="siap" className="font-semibold">Siap diusulkan ({ready.count})</h2>
        <p className="text-xs text-slate-600">Hanya hasil evaluasi TPI yang sudah final.</p>
        <Rows list={ready} year={year} empty="Belum ada unit dengan evaluasi TPI final yang memenuhi syarat usulan." />
        <SeeAll count={ready.count} readiness="siap" label="siap diusulkan" year={year} path={path} />
      </section>
      <section aria-labelledby="perkiraan" className={card} data-testid="estimated-list">
        <h2 id="perkiraan" className="font-semibold">Perkiraan, belum final ({estimated.count})</h2>
        <p className="text-xs text-slate-600">Memenuhi nilai Tabel 6 menurut klaim unit atau reviu TPI yang belum selesai; belum dapat diusulkan.</p>
        <Rows list={estimated} year={year} empty="Tidak ada unit yang belum final dengan perkiraan memenuhi Tabel 6." />
        <SeeAll count={estimated.count} readiness="perkiraan" label="perkiraan memenuhi" year={year} path={path} />
      </section>
      <section aria-labelledby="belum-siap" className={card} data-testid="not-ready-list">
        <h2 id="belum-siap" className="font-semibold">Belum siap ({notReady.count})</h2>
        <Rows list={notReady} year={year} gap empty="Semua unit memenuhi nilai Tabel 6 Menuju WBK." />
        <SeeAll count={notReady.count} readiness="belum" label="belum siap" year={year} path={path} />
      </section>
    </div>
  );
}
