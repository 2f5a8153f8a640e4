"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { EligibilityDetail } from "@/components/eligibility/eligibility-detail";
import { ConfirmButton } from "@/components/ui/confirm-button";
import type { FinalizePreview } from "@/lib/eligibility/finalize-preview";
import { decideFor } from "@/lib/eligibility/judge";
import { formatIsoDate } from "@/lib/eligibility/calendar";
import { formatNumber } from "@/lib/format";
import { finalizeAssessmentAction } from "@/lib/review/transitions/actions";
import { type FinalizeInput, FinalizeSchema } from "@/lib/review/transitions/schemas";

type Props = { assessmentId: string; preview: FinalizePreview };
type Judged = "coreService" | "significantImpact";

const JUDGED: { key: Judged; label: string }[] = [
  { key: "coreService", label: "Unit merupakan core layanan instansi" },
  { key: "significantImpact", label: "Memberikan dampak signifikan terhadap persepsi masyarakat tentang kualitas birokrasi" },
];
const asBoolean = (v: unknown) => (v === "ya" ? true : v === "tidak" ? false : null);
const asChoice = (v: boolean | null) => (v === true ? "ya" : v === false ? "tidak" : "");
const dataWord = (v: boolean | null) => (v === true ? "ya" : v === false ? "tidak" : "belum diisi");

/**
 * The ketua's finalization: Tabel 6 from the TPI's values, Tabel 5 from the portal's data
 * (PermenPAN-RB 5/2024 Bab II A), previewed with the same rule the server applies. The ketua
 * confirms only what a person must judge.
 */
export function FinalizeForm({ assessmentId, preview }: Props) {
  const router = useRouter();
  const form = useForm<FinalizeInput>({ resolver: zodResolver(FinalizeSchema), defaultValues: { assessmentId, confirmations: { coreService: null, significantImpact: null } } });
  const [error, setError] = useState<string | null>(null);
  const confirmations = form.watch("confirmations");
  const { eligibility } = decideFor({ facts: preview.facts, confirmations, lhkpnLhkasn: preview.lhkpnLhkasn, checks: preview.checks });

  const submit = form.handleSubmit(async (input) => {
    setError(null);
    const outcome = await finalizeAssessmentAction(input);
    if (!outcome.ok) return setError(outcome.error);
    router.refresh();
  });

  return (
    <form onSubmit={(e) => e.preventDefault()} className="space-y-3 rounded-xl border border-slate-200 bg-white p-4" aria-labelledby="finalkan">
      <h2 id="finalkan" className="font-semibold">Finalkan penilaian (ketua tim)</h2>
      <p className="text-sm text-slate-700">
        Nilai evaluasi TPI <strong>{formatNumber(preview.total)}</strong>. Syarat usulan (Tabel 5 PermenPAN-RB 5/2024) dinilai per{" "}
        {formatIsoDate(preview.facts.asOf)}, batas pengusulan ke TPN periode ini.
      </p>
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium">Konfirmasi TPI atas syarat yang hanya dapat dinilai orang</legend>
        {JUDGED.map(({ key, label }) => (
          <label key={key} className="block text-sm">
            <span className="block">{label}</span>
            <select className="mt-1 w-full rounded-md border border-slate-300 px-2 py-1 sm:w-auto" defaultValue={asChoice(null)} {...form.register(`confirmations.${key}`, { setValueAs: asBoolean })}>
              <option value="">Sesuai data unit ({dataWord(preview.facts.unit[key])})</option>
              <option value="ya">Ya — dikonfirmasi TPI</option>
              <option value="tidak">Tidak — menurut TPI</option>
            </select>
          </label>
        ))}
      </fieldset>
      <div aria-live="polite" data-testid="finalize-preview">
        <EligibilityDetail eligibility={eligibility} sources={preview.sources} />
      </div>
      {error && <p role="alert" className="text-sm text-red-700">{error}</p>}
      <ConfirmButton
        label="Finalkan penilaian"
        variant="primary"
        title="Finalkan penilaian?"
        description="Nilai TPI menjadi nilai evaluasi unit, hasil syarat usulan disimpan beserta datanya, dan LKE terkunci. Hanya admin yang dapat membukanya kembali."
        confirmLabel="Finalkan"
        onConfirm={submit}
      />
    </form>
  );
}
