"use client";

import Link from "next/link";
import { useAutosave } from "@/components/assessment/autosave-context";
import { useHydrated } from "@/components/ui/use-hydrated";
import { formatNumber } from "@/lib/format";

type Props = { assessmentId: string; sectionName?: string; unitTotal: number };

/** The sticky header of a review page: save state, and the TPI score beside the unit's. */
export function ReviewLiveHeader({ assessmentId, sectionName, unitTotal }: Props) {
  const { pending, failed, summary } = useAutosave();
  const ready = useHydrated();
  const status = pending > 0 ? "Menyimpan…" : failed > 0 ? `${failed} penilaian belum tersimpan` : "Semua perubahan tersimpan";
  return (
    <div data-ready={ready} className="sticky top-0 z-10 -mx-4 mb-4 border-b border-slate-200 bg-white/95 px-4 py-2 backdrop-blur">
      <div className="flex flex-wrap items-center justify-between gap-2 text-sm">
        <Link href={`/tpi/penilaian/${assessmentId}`} className="text-brand-700 underline">← Ikhtisar reviu</Link>
        <span role="status" aria-live="polite" data-testid="autosave-status" className={failed > 0 && pending === 0 ? "font-semibold text-red-700" : "text-slate-700"}>
          {status}
        </span>
        <span data-testid="live-score">
          Nilai TPI <strong>{formatNumber(summary.total)}</strong> · unit {formatNumber(unitTotal)}
          {sectionName && summary.sectionPercent !== null && <> · {sectionName} TPI <strong>{formatNumber(summary.sectionPercent, 1)}%</strong></>}
          {" · "}
          {summary.answered}/{summary.questions} dinilai
        </span>
      </div>
    </div>
  );
}
