import { formatNumber } from "@/lib/format";
import type { ScoreResult } from "@/lib/scoring/score-types";

const PREDICATE_TEXT = { WBBM: "Memenuhi syarat Menuju WBBM", WBK: "Memenuhi syarat Menuju WBK" } as const;

export function ScoreSummary({ score }: { score: ScoreResult }) {
  const figures = [
    { label: "Nilai total", value: score.total },
    { label: "Pengungkit (maks. 60)", value: score.pengungkit },
    { label: "Hasil (maks. 40)", value: score.hasil },
  ];
  return (
    <section aria-labelledby="nilai" className="rounded-xl border border-slate-200 bg-white p-4">
      <h2 id="nilai" className="font-semibold">Nilai sementara (penilaian mandiri)</h2>
      <dl className="mt-3 grid grid-cols-3 gap-3">
        {figures.map((f) => (
          <div key={f.label}>
            <dt className="text-xs text-slate-600">{f.label}</dt>
            <dd className="text-xl font-bold" data-testid={f.label === "Nilai total" ? "score-total" : undefined}>{formatNumber(f.value)}</dd>
          </div>
        ))}
      </dl>
      <p className={`mt-3 rounded-md px-3 py-2 text-sm font-medium ${score.predicate ? "bg-emerald-50 text-emerald-800" : "bg-amber-50 text-amber-900"}`} data-testid="predicate">
        {score.predicate ? PREDICATE_TEXT[score.predicate] : "Belum memenuhi syarat Menuju WBK"}
      </p>
    </section>
  );
}
