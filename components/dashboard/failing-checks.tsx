import type { FailingCheck } from "@/lib/review/transitions/result";
import { describeCheckValue } from "@/components/assessment/check-value";

type Props = {
  checks: FailingCheck[];
  prerequisites?: string[];
  /** Lists show the first few and how many more; the unit page (no limit) shows them all. */
  limit?: number;
};

/** The Tabel 6 rules (and Tabel 5 prerequisites) a unit still misses, with actual / required. */
export function FailingChecks({ checks, prerequisites = [], limit = Infinity }: Props) {
  if (checks.length === 0 && prerequisites.length === 0) return <span className="text-slate-500">–</span>;
  const items = [
    ...checks.map((c) => ({ key: c.rule, content: <>{c.label} <span className="tabular-nums text-red-700">({describeCheckValue(c)})</span></> })),
    ...prerequisites.map((p) => ({ key: p, content: <>Prasyarat Tabel 5: {p}</> })),
  ];
  const hidden = items.length - Math.min(limit, items.length);
  return (
    <ul className="space-y-0.5 text-xs">
      {items.slice(0, limit).map((item) => <li key={item.key}>{item.content}</li>)}
      {hidden > 0 && <li className="text-slate-600">dan {hidden} syarat lain (lihat halaman unit)</li>}
    </ul>
  );
}
