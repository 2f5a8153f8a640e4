"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import Link from "next/link";
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

type Flag = { code: string; note: string | null; text: string; href: string };
type Props = { assessmentId: string; preview: FinalizePreview; flagged: Flag[] };
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
export function FinalizeForm({ assessmentId, preview, flagged }: Props) {
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
      {flagged.length > 0 && (
        <div role="note" className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950" data-testid="finalize-flags">
          <p className="font-semibold">{flagged.length} pertanyaan masih ditandai “perlu perbaikan”. Biasanya LKE dikembalikan ke unit dahulu; memfinalkan sekarang mengabaikan tanda ini.</p>
          <FlagList flagged={flagged} />
        </div>
      )}
      <ConfirmButton
        label={flagged.length > 0 ? "Finalkan meski ada tanda perlu perbaikan" : "Finalkan penilaian"}
        // While questions are flagged, returning them is the expected step: finalizing is not the primary action then.
        variant={flagged.length > 0 ? "secondary" : "primary"}
        title="Finalkan penilaian?"
        description={
          <>
            <p>Nilai TPI menjadi nilai evaluasi unit, hasil syarat usulan disimpan beserta datanya, dan LKE terkunci. Hanya admin yang dapat membukanya kembali.</p>
            {flagged.length > 0 && (
              <>
                <p className="mt-2 font-semibold">Tanda “perlu perbaikan” yang akan diabaikan ({flagged.length}):</p>
                <FlagList flagged={flagged} />
              </>
            )}
          </>
        }
        confirmLabel="Finalkan"
        onConfirm={submit}
      />
    </form>
  );
}

function FlagList({ flagged }: { flagged: Flag[] }) {
  return (
    <ul className="mt-1 max-h-48 space-y-1 overflow-y-auto">
      {flagged.map((f) => (
        <li key={f.code}>
          <Link href={f.href} className="underline"><span className="mr-1 font-mono text-xs">{f.code}</span>{f.text}</Link>
          {f.note && <span className="block text-xs">Catatan TPI: {f.note}</span>}
        </li>
      ))}
    </ul>
  );
}
