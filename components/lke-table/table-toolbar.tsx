"use client";

type Props<F extends string> = {
  filters: { key: F; label: string }[];
  filter: F;
  onFilter: (filter: F) => void;
  count: string;
  nextLabel: string;
  onNext: () => void;
  nextDisabled: boolean;
  hint: string;
};

/** Above an LKE table: the filter, "next unanswered/unreviewed", how many rows are shown, and the keys. */
export function TableToolbar<F extends string>({ filters, filter, onFilter, count, nextLabel, onNext, nextDisabled, hint }: Props<F>) {
  return (
    <div className="mb-3 flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-3">
      <div>
        <label htmlFor="lke-filter" className="block text-sm font-medium">Tampilkan</label>
        <select id="lke-filter" value={filter} onChange={(e) => onFilter(e.target.value as F)} className="mt-1 rounded-md border border-slate-300 px-2 py-1.5 text-sm">
          {filters.map((f) => <option key={f.key} value={f.key}>{f.label}</option>)}
        </select>
      </div>
      <button type="button" onClick={onNext} className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium hover:bg-slate-100 disabled:opacity-60" disabled={nextDisabled}>
        {nextLabel}
      </button>
      <p className="text-sm text-slate-700" role="status" aria-live="polite" data-testid="table-count">{count}</p>
      <p className="w-full text-xs text-slate-600">{hint}</p>
    </div>
  );
}
