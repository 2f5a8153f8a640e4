import type { TimeZoneCode } from "@/lib/db/generated/enums";
import { formatDateTimeZoned, formatNumber } from "@/lib/format";
import { PREREQUISITE_LABELS, RESULT_LABELS, type Target } from "@/lib/review/transitions/result";
import type { FinalResult } from "@/lib/review/transitions/queries";

function show(value: number | boolean): string {
  return typeof value === "boolean" ? (value ? "ya" : "tidak") : formatNumber(value);
}

/** The finalized evaluation: the result, the evaluated score, and what is missing for each predicate. */
export function FinalResultView({ result, zone }: { result: FinalResult; zone: TimeZoneCode }) {
  const { evaluation, finalizedAt } = result;
  const targets: Target[] = evaluation.result === "WBBM" ? [] : evaluation.result === "WBK" ? ["WBBM"] : ["WBK", "WBBM"];
  return (
    <section className="rounded-xl border border-slate-200 bg-white p-4" aria-labelledby="hasil-final">
      <h2 id="hasil-final" className="font-semibold">Hasil evaluasi TPI</h2>
      <p className="mt-1 text-lg" data-testid="final-result">
        {evaluation.result ? <strong className="text-emerald-800">Memenuhi syarat usulan {RESULT_LABELS[evaluation.result]}</strong> : <strong className="text-red-800">Belum memenuhi syarat usulan Menuju WBK maupun Menuju WBBM</strong>}
      </p>
      <p className="text-sm text-slate-700">
        Nilai evaluasi {formatNumber(evaluation.total)} (Pengungkit {formatNumber(evaluation.pengungkit)}, Hasil {formatNumber(evaluation.hasil)})
        {finalizedAt ? ` · difinalkan ${formatDateTimeZoned(finalizedAt, zone)}` : ""}
      </p>
      {targets.map((target) => (
        <div key={target} className="mt-3">
          <h3 className="text-sm font-semibold">Yang belum terpenuhi untuk {RESULT_LABELS[target]}</h3>
          <ul className="mt-1 list-disc pl-5 text-sm">
            {evaluation.failingChecks[target].map((c) => (
              <li key={c.rule}>Tabel 6 — {c.label}: {show(c.actual)} dari syarat {show(c.required)}</li>
            ))}
            {evaluation.unmetPrerequisites[target].map((key) => (
              <li key={key}>Tabel 5 — {PREREQUISITE_LABELS[key]}: belum dikonfirmasi</li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
