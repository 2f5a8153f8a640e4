"use client";

import Link from "next/link";
import { useHydrated } from "@/components/ui/use-hydrated";
import { formatNumber } from "@/lib/format";
import { useAutosave } from "./autosave-context";

/** The sticky save state and score of the unit's fill-in pages; sectionName is left out on the whole-LKE table. */
export function LiveHeader({ assessmentId, sectionName }: { assessmentId: string; sectionName?: string }) {
  const { pending, failed, summary } = useAutosave();
  const ready = useHydrated(); // tests and the benchmark wait for data-ready before typing
  const status = pending > 0 ? "Menyimpan…" : failed > 0 ? `${failed} jawaban belum tersimpan` : "Semua perubahan tersimpan";
  return (
    <div data-ready={ready} className="sticky top-0 z-10 -mx-4 mb-4 border-b border-slate-200 bg-white/95 px-4 py-2 backdrop-blur">
      <div className="flex flex-wrap items-center justify-between gap-2 text-sm">
        <Link href={`/opd/penilaian/${assessmentId}`} className="text-brand-700 underline">← Ikhtisar</Link>
        <span role="status" aria-live="polite" data-testid="autosave-status" className={failed > 0 && pending === 0 ? "font-semibold text-red-700" : "text-slate-700"}>
          {status}
        </span>
        <span data-testid="live-score">
          Nilai total <strong>{formatNumber(summary.total)}</strong>
          {sectionName && summary.sectionPercent !== null && <> · {sectionName} <strong>{formatNumber(summary.sectionPercent, 1)}%</strong></>}
          {" · "}
          {summary.answered}/{summary.questions} dijawab
        </span>
      </div>
    </div>
  );
}
