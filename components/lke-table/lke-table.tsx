"use client";

import { type ReactNode, useCallback, useMemo, useRef, useState } from "react";
import type { LkeTableArea } from "@/lib/assessment/lke-table";
import { availableFilters, nextUnanswered, rowMatches, TABLE_FILTERS, type TableFilter } from "@/lib/assessment/lke-table-filters";
import { AreaSubtotal, IndicatorSubtotal } from "./table-subtotals";
import { UnitTableRow } from "./unit-table-row";
import { focusRow, useRowKeys } from "./use-row-keys";

type Props = {
  assessmentId: string;
  areas: LkeTableArea[];
  /** Per question: its bukti dukung and discussion, shown when its row is opened. */
  details: Record<string, ReactNode>;
  tpiVisible: boolean;
};

/**
 * The whole LKE of the unit on one page, one row per question, as the official worksheet:
 * grouped by area and indicator with subtotals that follow each save, filters, and keys to move
 * and answer (↓/↑ or J/K, Y/T or A–E, N for the next unanswered, Enter for the details).
 */
export function LkeTable({ assessmentId, areas, details, tpiVisible }: Props) {
  const allRows = useMemo(() => areas.flatMap((a) => a.indicators.flatMap((i) => i.rows)), [areas]);
  const codes = useMemo(() => allRows.map((r) => r.code), [allRows]);
  const values = useRef(new Map(allRows.map((r) => [r.code, r.value])));
  const [answered, setAnswered] = useState(() => allRows.filter((r) => r.value !== null).length);
  const [filter, setFilter] = useState<TableFilter>("all");
  const [shown, setShown] = useState<Set<string> | null>(null);
  const filters = availableFilters({ returnedAny: allRows.some((r) => r.returned), tpiVisible });

  const onValue = useCallback((code: string, value: number | null) => {
    values.current.set(code, value);
    setAnswered([...values.current.values()].filter((v) => v !== null).length);
  }, []);

  // A filter is applied to the rows as they are when it is chosen; answering a row keeps it in view.
  const applyFilter = (next: TableFilter) => {
    setFilter(next);
    setShown(next === "all" ? null : new Set(allRows.filter((r) => rowMatches(next, { ...r, value: values.current.get(r.code) ?? null })).map((r) => r.code)));
  };
  const visible = useMemo(() => (shown ? codes.filter((c) => shown.has(c)) : codes), [codes, shown]);

  const goToNextUnanswered = useCallback((from: string | null) => {
    const next = nextUnanswered(visible, (c) => values.current.get(c) !== null, from);
    if (next) focusRow(next);
  }, [visible]);
  const onKeyDown = useRowKeys(visible, goToNextUnanswered);
  const onAnswered = useCallback((code: string) => {
    const next = visible[visible.indexOf(code) + 1];
    if (next) focusRow(next);
  }, [visible]);

  return (
    <div>
      <div className="mb-3 flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-3">
        <div>
          <label htmlFor="lke-filter" className="block text-sm font-medium">Tampilkan</label>
          <select id="lke-filter" value={filter} onChange={(e) => applyFilter(e.target.value as TableFilter)} className="mt-1 rounded-md border border-slate-300 px-2 py-1.5 text-sm">
            {filters.map((f) => <option key={f} value={f}>{TABLE_FILTERS[f]}</option>)}
          </select>
        </div>
        <button type="button" onClick={() => goToNextUnanswered(null)} className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium hover:bg-slate-100" disabled={answered === codes.length}>
          Ke pertanyaan belum dijawab (N)
        </button>
        <p className="text-sm text-slate-700" role="status" aria-live="polite" data-testid="table-count">
          {visible.length} dari {codes.length} pertanyaan ditampilkan · {answered}/{codes.length} dijawab
        </p>
        <p className="w-full text-xs text-slate-600">Tombol: ↓/↑ atau J/K pindah baris · Y/T atau A–E menjawab lalu pindah ke baris berikutnya · N ke yang belum dijawab · Enter membuka rincian.</p>
      </div>
      <div onKeyDown={onKeyDown} className="rounded-lg border border-slate-200 bg-white">
        <div aria-hidden="true" className="hidden gap-x-3 border-b border-slate-200 px-2 py-1 text-xs font-semibold text-slate-600 md:flex">
          <span className="w-20 shrink-0">Kode</span>
          <span className="flex-1">Pertanyaan</span>
          <span className="w-56 shrink-0">Jawaban</span>
          <span className="w-14 shrink-0 text-right">Nilai</span>
          <span className="w-14 shrink-0 text-right">Bukti</span>
          <span className="w-14 shrink-0 text-right">Diskusi</span>
          {tpiVisible && <span className="w-14 shrink-0 text-right">TPI</span>}
          <span className="w-28 shrink-0">Status</span>
        </div>
        {areas.map((area) => {
          const indicators = area.indicators.filter((i) => i.rows.some((r) => !shown || shown.has(r.code)));
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
                  <ol>
                    {indicator.rows.filter((r) => !shown || shown.has(r.code)).map((row) => (
                      <UnitTableRow key={row.code} assessmentId={assessmentId} row={row} tpiVisible={tpiVisible} details={details[row.code]} onValue={onValue} onAnswered={onAnswered} />
                    ))}
                  </ol>
                </section>
              ))}
            </section>
          );
        })}
      </div>
    </div>
  );
}
