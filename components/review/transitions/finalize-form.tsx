"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { formatNumber } from "@/lib/format";
import { finalizeAssessmentAction } from "@/lib/review/transitions/actions";
import { decideResult, PREREQUISITE_LABELS, type PrerequisiteKey, RESULT_LABELS, type Target } from "@/lib/review/transitions/result";
import { type FinalizeInput, FinalizeSchema, PrerequisitesSchema } from "@/lib/review/transitions/schemas";

type Props = { assessmentId: string; preview: { total: number; tabel6Pass: Record<Target, boolean> } };

const KEYS: readonly PrerequisiteKey[] = PrerequisitesSchema.keyof().options;
const NONE = { tindakLanjutTemuan: false, lhkpnLhkasn: false, sakipMinB: false, sakipMinBB: false, ziMinimalSatuTahun: false };

/** The ketua's finalization: Tabel 5 confirmed by hand, Tabel 6 from the TPI's values, previewed. */
export function FinalizeForm({ assessmentId, preview }: Props) {
  const router = useRouter();
  const form = useForm<FinalizeInput>({ resolver: zodResolver(FinalizeSchema), defaultValues: { assessmentId, prerequisites: NONE, holdsWbk: false } });
  const [error, setError] = useState<string | null>(null);
  const values = form.watch();
  // The preview was scored assuming the unit holds WBK; without it Tabel 6 fails for WBBM.
  const result = decideResult({ tabel6Pass: { WBK: preview.tabel6Pass.WBK, WBBM: preview.tabel6Pass.WBBM && values.holdsWbk }, prerequisites: values.prerequisites });

  const submit = form.handleSubmit(async (input) => {
    setError(null);
    const outcome = await finalizeAssessmentAction(input);
    if (!outcome.ok) return setError(outcome.error);
    router.refresh();
  });

  return (
    <form onSubmit={(e) => e.preventDefault()} className="space-y-3 rounded-xl border border-slate-200 bg-white p-4" aria-labelledby="finalkan">
      <h2 id="finalkan" className="font-semibold">Finalkan penilaian (ketua tim)</h2>
      <fieldset>
        <legend className="text-sm font-medium">Syarat usulan unit (Tabel 5) — dikonfirmasi TPI</legend>
        {KEYS.map((key) => (
          <label key={key} className="mt-1 flex items-center gap-2 text-sm">
            <input type="checkbox" {...form.register(`prerequisites.${key}`)} /> {PREREQUISITE_LABELS[key]}
          </label>
        ))}
      </fieldset>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" {...form.register("holdsWbk")} /> Unit sudah berpredikat Menuju WBK (syarat Menuju WBBM)
      </label>
      <p className="rounded-md bg-slate-50 p-2 text-sm" aria-live="polite" data-testid="finalize-preview">
        Nilai evaluasi TPI {formatNumber(preview.total)} · hasil bila difinalkan:{" "}
        <strong>{result ? `memenuhi syarat usulan ${RESULT_LABELS[result]}` : "belum memenuhi syarat usulan Menuju WBK/WBBM"}</strong>
      </p>
      {error && <p role="alert" className="text-sm text-red-700">{error}</p>}
      <ConfirmButton
        label="Finalkan penilaian"
        variant="primary"
        title="Finalkan penilaian?"
        description="Nilai TPI menjadi nilai evaluasi unit dan LKE terkunci. Hanya admin yang dapat membukanya kembali."
        confirmLabel="Finalkan"
        onConfirm={submit}
      />
    </form>
  );
}
