import type { Check } from "@/lib/scoring/tabel6-checks";
import { describeCheckValue } from "./check-value";

/** Tabel 6 (PermenPAN-RB 90/2021) rules, each with its requirement and where the unit stands. */
export function ThresholdChecks({ title, checks }: { title: string; checks: Check[] }) {
  const failing = checks.filter((c) => !c.pass).length;
  return (
    <section className="rounded-xl border border-slate-200 bg-white p-4" aria-label={title}>
      <h2 className="font-semibold">{title}</h2>
      <p className="text-sm text-slate-600">{failing === 0 ? "Semua syarat terpenuhi." : `${failing} dari ${checks.length} syarat belum terpenuhi.`}</p>
      <ul className="mt-2 divide-y divide-slate-100 text-sm">
        {checks.map((c) => (
          <li key={`${c.rule}-${c.area ?? ""}`} className="flex items-start justify-between gap-3 py-1.5">
            <span>
              <span aria-hidden className={c.pass ? "text-emerald-700" : "text-red-700"}>{c.pass ? "✓ " : "✗ "}</span>
              <span className="sr-only">{c.pass ? "Terpenuhi: " : "Belum terpenuhi: "}</span>
              {c.label}
            </span>
            <span className={`shrink-0 tabular-nums ${c.pass ? "text-slate-700" : "font-semibold text-red-700"}`}>
              {describeCheckValue(c)}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
