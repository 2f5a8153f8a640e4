"use client";

import { type ReactNode, useCallback, useMemo, useRef, useState } from "react";
import type { LkeTableArea } from "@/lib/assessment/lke-table";
import { availableFilters, nextUnanswered, rowMatches, TABLE_FILTERS, type TableFilter } from "@/lib/assessment/lke-table-filters";
import { TableBody } from "./table-body";
import { TableToolbar } from "./table-toolbar";
import { UnitTableRow } from "./unit-table-row";
import { focusRow, useRowKeys } from "./use-row-keys";

const COLUMNS = [
  { label: "Jawaban", className: "w-56" },
  { label: "Nilai", className: "w-14 text-right" },
  { label: "Bukti", className: "w-14 text-right" },
  { label: "Diskusi", className: "w-14 text-right" },
  { label: "TPI", className: "w-14 text-right" },
  { label: "Status", className: "w-28" },
];

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
      <TableToolbar
        filters={filters.map((f) => ({ key: f, label: TABLE_FILTERS[f] }))}
        filter={filter}
        onFilter={applyFilter}
        count={`${visible.length} dari ${codes.length} pertanyaan ditampilkan · ${answered}/${codes.length} dijawab`}
        nextLabel="Ke pertanyaan belum dijawab (N)"
        onNext={() => goToNextUnanswered(null)}
        nextDisabled={answered === codes.length}
        hint="Tombol: ↓/↑ atau J/K pindah baris · Y/T atau A–E menjawab lalu pindah ke baris berikutnya · N ke yang belum dijawab · Enter membuka rincian."
      />
      <TableBody
        areas={areas}
        shown={shown}
        columns={COLUMNS.filter((c) => tpiVisible || c.label !== "TPI")}
        onKeyDown={onKeyDown}
        renderRow={(row) => <UnitTableRow key={row.code} assessmentId={assessmentId} row={row} tpiVisible={tpiVisible} details={details[row.code]} onValue={onValue} onAnswered={onAnswered} />}
      />
    </div>
  );
}
