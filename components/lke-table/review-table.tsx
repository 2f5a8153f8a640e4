"use client";

import { type ReactNode, useCallback, useMemo, useRef, useState } from "react";
import { nextUnanswered } from "@/lib/assessment/lke-table-filters";
import { REVIEW_FILTERS, type ReviewFilter, type ReviewTableArea, reviewRowMatches } from "@/lib/review/review-table";
import { ReviewTableRow } from "./review-table-row";
import { TableBody } from "./table-body";
import { TableToolbar } from "./table-toolbar";
import { focusRow, useRowKeys } from "./use-row-keys";

const COLUMNS = [
  { label: "Unit", className: "w-14" },
  { label: "Penilaian TPI", className: "w-52" },
  { label: "", className: "w-20" },
  { label: "Nilai unit", className: "w-14 text-right" },
  { label: "Nilai TPI", className: "w-14 text-right" },
  { label: "Perbaikan", className: "w-20" },
  { label: "Bukti", className: "w-14 text-right" },
  { label: "Diskusi", className: "w-14 text-right" },
  { label: "Status", className: "w-28" },
];

type Props = { assessmentId: string; areas: ReviewTableArea[]; details: Record<string, ReactNode>; editable: boolean };

/** The TPI's whole-LKE table: S agrees with the unit, A–E/Y/T gives another value, N goes to the next question not yet valued. */
export function ReviewTable({ assessmentId, areas, details, editable }: Props) {
  const allRows = useMemo(() => areas.flatMap((a) => a.indicators.flatMap((i) => i.rows)), [areas]);
  const codes = useMemo(() => allRows.map((r) => r.code), [allRows]);
  const reviewed = useRef(new Map(allRows.map((r) => [r.code, r.reviewed ? r.tpiValue : undefined])));
  const [reviewedCount, setReviewedCount] = useState(() => allRows.filter((r) => r.reviewed).length);
  const [filter, setFilter] = useState<ReviewFilter>("all");
  const [shown, setShown] = useState<Set<string> | null>(null);

  const onReviewed = useCallback((code: string, value: number | null) => {
    reviewed.current.set(code, value);
    setReviewedCount([...reviewed.current.values()].filter((v) => v !== undefined).length);
  }, []);
  const applyFilter = (next: ReviewFilter) => {
    setFilter(next);
    const state = (r: (typeof allRows)[number]) => {
      const live = reviewed.current.get(r.code);
      return { ...r, reviewed: live !== undefined, tpiValue: live ?? null };
    };
    setShown(next === "all" ? null : new Set(allRows.filter((r) => reviewRowMatches(next, state(r))).map((r) => r.code)));
  };
  const visible = useMemo(() => (shown ? codes.filter((c) => shown.has(c)) : codes), [codes, shown]);
  const goToNextUnreviewed = useCallback((from: string | null) => {
    const next = nextUnanswered(visible, (c) => reviewed.current.get(c) !== undefined, from);
    if (next) focusRow(next);
  }, [visible]);
  const onKeyDown = useRowKeys(visible, goToNextUnreviewed);
  const onAnswered = useCallback((code: string) => {
    const next = visible[visible.indexOf(code) + 1];
    if (next) focusRow(next);
  }, [visible]);

  return (
    <div>
      <TableToolbar
        filters={(Object.keys(REVIEW_FILTERS) as ReviewFilter[]).map((f) => ({ key: f, label: REVIEW_FILTERS[f] }))}
        filter={filter}
        onFilter={applyFilter}
        count={`${visible.length} dari ${codes.length} pertanyaan ditampilkan · ${reviewedCount}/${codes.length} dinilai TPI`}
        nextLabel="Ke pertanyaan belum dinilai (N)"
        onNext={() => goToNextUnreviewed(null)}
        nextDisabled={reviewedCount === codes.length}
        hint="Tombol: ↓/↑ atau J/K pindah baris · S setuju dengan jawaban unit · Y/T atau A–E memberi nilai lain · N ke yang belum dinilai · Enter membuka rincian."
      />
      <TableBody
        areas={areas}
        shown={shown}
        columns={COLUMNS}
        onKeyDown={onKeyDown}
        renderRow={(row) => <ReviewTableRow key={row.code} assessmentId={assessmentId} row={row} editable={editable} details={details[row.code]} onReviewed={onReviewed} onAnswered={onAnswered} />}
      />
    </div>
  );
}
