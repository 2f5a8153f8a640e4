import type { countStates } from "@/lib/dashboard/chart-series";
import { STATE_LABELS, formatDate } from "@/lib/format";

type Props = { counts: ReturnType<typeof countStates>; deadline: Date; status: "OPEN" | "CLOSED" };

/** How far the period is: units per state and the filling deadline. */
export function StateSummary({ counts, deadline, status }: Props) {
  const total = counts.reduce((n, c) => n + c.count, 0);
  return (
    <section aria-labelledby="ringkasan" className="rounded-xl border border-slate-200 bg-white p-4">
      <h2 id="ringkasan" className="font-semibold">Ringkasan periode</h2>
      <p className="mt-1 text-sm text-slate-600">
        {total} unit peserta · batas pengisian <strong>{formatDate(deadline)}</strong>
        {status === "CLOSED" ? " · periode ditutup" : ""}
      </p>
      <dl className="mt-3 grid grid-cols-2 gap-2 sm:grid-cols-5" data-testid="state-counts">
        {counts.map(({ state, count }) => (
          <div key={state} className="rounded-lg bg-slate-50 px-3 py-2">
            <dt className="text-xs text-slate-600">{STATE_LABELS[state]}</dt>
            <dd className="text-xl font-bold tabular-nums" data-testid={`state-count-${state}`}>{count}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
