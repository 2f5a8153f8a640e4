import type { FailingCheck } from "@/lib/review/transitions/result";
import { formatNumber } from "@/lib/format";

const show = (value: number | boolean) => (typeof value === "boolean" ? (value ? "ya" : "tidak") : formatNumber(value));

/** The Tabel 6 rules (and Tabel 5 prerequisites) a unit still misses, with actual / required. */
export function FailingChecks({ checks, prerequisites = [] }: { checks: FailingCheck[]; prerequisites?: string[] }) {
  if (checks.length === 0 && prerequisites.length === 0) return <span className="text-slate-500">–</span>;
  return (
    <ul className="space-y-0.5 text-xs">
      {checks.map((c) => (
        <li key={c.rule}>
          {c.label} <span className="tabular-nums text-red-700">({show(c.actual)} / {show(c.required)})</span>
        </li>
      ))}
      {prerequisites.map((p) => (
        <li key={p}>Prasyarat Tabel 5: {p}</li>
      ))}
    </ul>
  );
}
