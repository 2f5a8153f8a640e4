import { EligibilityDetail } from "@/components/eligibility/eligibility-detail";
import { eligibilityOfEvaluation } from "@/lib/eligibility/of-evaluation";
import { formatIsoDate } from "@/lib/eligibility/calendar";
import type { TimeZoneCode } from "@/lib/db/generated/enums";
import { formatDateTimeZoned, formatNumber } from "@/lib/format";
import type { FinalResult } from "@/lib/review/transitions/queries";
import { RESULT_LABELS } from "@/lib/review/transitions/result";

/** The finalized evaluation: the evaluated score, and per target whether the unit may be proposed and why. */
export function FinalResultView({ result, zone }: { result: FinalResult; zone: TimeZoneCode }) {
  const { evaluation, finalizedAt } = result;
  const asOf = evaluation.eligibilityInputs?.asOf;
  return (
    <section className="space-y-3 rounded-xl border border-slate-200 bg-white p-4" aria-labelledby="hasil-final">
      <h2 id="hasil-final" className="font-semibold">Hasil evaluasi TPI</h2>
      <p className="text-lg" data-testid="final-result">
        {evaluation.result ? <strong className="text-emerald-800">Memenuhi syarat usulan {RESULT_LABELS[evaluation.result]}</strong> : <strong className="text-red-800">Belum memenuhi syarat usulan Menuju WBK maupun Menuju WBBM</strong>}
      </p>
      <p className="text-sm text-slate-700">
        Nilai evaluasi {formatNumber(evaluation.total)} (Pengungkit {formatNumber(evaluation.pengungkit)}, Hasil {formatNumber(evaluation.hasil)})
        {finalizedAt ? ` · difinalkan ${formatDateTimeZoned(finalizedAt, zone)}` : ""}
        {asOf ? ` · syarat usulan dinilai per ${formatIsoDate(asOf)}` : " · syarat Tabel 5 dikonfirmasi TPI (sebelum PermenPAN-RB 5/2024 diterapkan di portal)"}
      </p>
      <EligibilityDetail eligibility={eligibilityOfEvaluation(evaluation)} />
    </section>
  );
}
