"use client";

import { useAutosave } from "@/components/assessment/autosave-context";
import { useIndicatorScore } from "@/components/assessment/live-indicator-score";
import { formatNumber } from "@/lib/format";

/** An indicator's subtotal in the table: its value after the latest save, out of its weight. */
export function IndicatorSubtotal({ code, weight, initial }: { code: string; weight: number; initial: number }) {
  const score = useIndicatorScore(code, initial);
  return (
    <span className="text-sm tabular-nums text-slate-700" data-testid={`subtotal-${code}`}>
      {formatNumber(score)} / {formatNumber(weight)}
    </span>
  );
}

/** An area's percent (Pemenuhan + Reform over the area's weight) after the latest save. */
export function AreaSubtotal({ area, initial }: { area: string; initial: number }) {
  const { summary } = useAutosave();
  const percent = summary.areaPercents[area] ?? initial;
  return (
    <span className="text-sm font-semibold tabular-nums" data-testid={`area-percent-${area}`}>
      {formatNumber(percent, 1)}%
    </span>
  );
}
