import Link from "next/link";
import type { countStates } from "@/lib/dashboard/chart-series";
import type { AssessmentState, TimeZoneCode } from "@/lib/db/generated/enums";
import { unitListHref } from "@/lib/dashboard/unit-list-links";
import { STATE_LABELS, formatDate } from "@/lib/format";

type Props = {
  counts: ReturnType<typeof countStates>;
  deadline: Date;
  status: "OPEN" | "CLOSED";
  zone: TimeZoneCode;
  /** Where a count links to: the list of the period filtered by that state. */
  list: { path: string; year: number; activeState: AssessmentState | null };
};

/** How far the period is: units per state (over every unit, whatever the list shows) and the deadline. */
export function StateSummary({ counts, deadline, status, zone, list }: Props) {
  const total = counts.reduce((n, c) => n + c.count, 0);
  return (
    <section aria-labelledby="ringkasan" className="rounded-xl border border-slate-200 bg-white p-4">
      <h2 id="ringkasan" className="font-semibold">Ringkasan periode</h2>
      <p className="mt-1 text-sm text-slate-600">
        {total} unit peserta · batas pengisian <strong>{formatDate(deadline, zone)}</strong>
        {status === "CLOSED" ? " · periode ditutup" : ""}
      </p>
      <dl className="mt-3 grid grid-cols-2 gap-2 sm:grid-cols-5" data-testid="state-counts">
        {counts.map(({ state, count }) => (
          <div key={state} className={`rounded-lg bg-slate-50 px-3 py-2 ${list.activeState === state ? "ring-2 ring-brand-600" : ""}`}>
            <dt className="text-xs text-slate-600">{STATE_LABELS[state]}</dt>
            <dd className="text-xl font-bold tabular-nums">
              {count === 0 ? (
                <span data-testid={`state-count-${state}`}>{count}</span>
              ) : (
                <Link href={unitListHref({ path: list.path, year: list.year, query: { state } })} prefetch={false} className="text-brand-700 underline decoration-1 underline-offset-4">
                  <span data-testid={`state-count-${state}`}>{count}</span>
                  <span className="sr-only"> unit {STATE_LABELS[state]}: tampilkan di daftar</span>
                </Link>
              )}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
