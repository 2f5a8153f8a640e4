"use client";

import type { KeyboardEvent, ReactNode } from "react";
import { AreaSubtotal, IndicatorSubtotal } from "./table-subtotals";

// The body of an LKE table (the unit's and the TPI's): column headings, then areas and their
// indicators with live subtotals, each indicator's rows rendered by the caller.

type Indicator<R> = { code: string; name: string; partName: string; weight: number; score: number; rows: R[] };
type Area<R> = { key: string; area: string | null; name: string; percent: number | null; indicators: Indicator<R>[] };

type Props<R extends { code: string }> = {
  areas: Area<R>[];
  shown: Set<string> | null;
  columns: { label: string; className: string }[];
  onKeyDown: (event: KeyboardEvent<HTMLElement>) => void;
  renderRow: (row: R) => ReactNode;
};

export function TableBody<R extends { code: string }>({ areas, shown, columns, onKeyDown, renderRow }: Props<R>) {
  const visible = (r: R) => !shown || shown.has(r.code);
  return (
    <div onKeyDown={onKeyDown} className="rounded-lg border border-slate-200 bg-white">
      <div aria-hidden="true" className="hidden gap-x-3 border-b border-slate-200 px-2 py-1 text-xs font-semibold text-slate-600 md:flex">
        <span className="w-20 shrink-0">Kode</span>
        <span className="flex-1">Pertanyaan</span>
        {columns.map((c) => <span key={c.label} className={`shrink-0 ${c.className}`}>{c.label}</span>)}
      </div>
      {areas.map((area) => {
        const indicators = area.indicators.filter((i) => i.rows.some(visible));
        if (indicators.length === 0) return null;
        return (
          <section key={area.key} id={`area-${area.key}`} aria-labelledby={`area-${area.key}-name`} className="scroll-mt-16">
            <h2 id={`area-${area.key}-name`} className="flex flex-wrap items-baseline justify-between gap-2 bg-brand-50 px-2 py-1.5 text-base font-semibold text-brand-800">
              {area.name}
              {area.area && area.percent !== null && <AreaSubtotal area={area.area} initial={area.percent} />}
            </h2>
            {indicators.map((indicator) => (
              <section key={indicator.code} aria-labelledby={`tind-${indicator.code}`}>
                <h3 id={`tind-${indicator.code}`} className="flex flex-wrap items-baseline justify-between gap-2 border-b border-slate-200 bg-slate-50 px-2 py-1 text-sm font-semibold">
                  <span>
                    <span className="mr-2 font-normal text-slate-600">{indicator.partName}</span>
                    {indicator.name}
                  </span>
                  <IndicatorSubtotal code={indicator.code} weight={indicator.weight} initial={indicator.score} />
                </h3>
                <ol>{indicator.rows.filter(visible).map(renderRow)}</ol>
              </section>
            ))}
          </section>
        );
      })}
    </div>
  );
}
