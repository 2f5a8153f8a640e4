"use client";

import { formatNumber } from "@/lib/format";
import { useAutosave } from "./autosave-context";

/** The latest value of one indicator: the page's value until the first save, then the server's after each save. */
export function useIndicatorScore(code: string, initial: number): number {
  const { summary } = useAutosave();
  return summary.indicators[code] ?? initial;
}

/** "Bobot 2,00 · nilai 1,33" beside an indicator heading on the unit's area page. */
export function LiveIndicatorScore({ code, weight, initial }: { code: string; weight: number; initial: number }) {
  const score = useIndicatorScore(code, initial);
  return (
    <span className="text-sm text-slate-600" data-testid={`indicator-score-${code}`}>
      Bobot {formatNumber(weight)} · nilai {formatNumber(score)}
    </span>
  );
}

/** "Bobot · unit · TPI" on the TPI's area page: the TPI's value follows each save; red while below the unit's. */
export function LiveReviewIndicatorScore({ code, weight, unitScore, initialTpi }: { code: string; weight: number; unitScore: number; initialTpi: number }) {
  const tpiScore = useIndicatorScore(code, initialTpi);
  return (
    <span className={`text-sm ${unitScore > tpiScore ? "font-semibold text-red-700" : "text-slate-600"}`} data-testid={`indicator-score-${code}`}>
      Bobot {formatNumber(weight)} · unit {formatNumber(unitScore)} · TPI {formatNumber(tpiScore)}
    </span>
  );
}
