"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { returnAssessmentAction } from "@/lib/review/transitions/actions";

type Props = { assessmentId: string; flagged: { code: string; note: string | null }[] };

/** "Kembalikan untuk perbaikan": the flagged questions go back to the unit, after a confirmation. */
export function ReturnPanel({ assessmentId, flagged }: Props) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const confirm = async () => {
    setError(null);
    const result = await returnAssessmentAction({ assessmentId });
    if (!result.ok) return setError(result.error);
    router.refresh();
  };
  return (
    <section className="rounded-xl border border-slate-200 bg-white p-4" aria-labelledby="kembalikan">
      <h2 id="kembalikan" className="font-semibold">Kembalikan untuk perbaikan</h2>
      {flagged.length === 0 ? (
        <p className="mt-1 text-sm text-slate-600">Belum ada pertanyaan yang ditandai “perlu perbaikan”.</p>
      ) : (
        <>
          <p className="mt-1 text-sm text-slate-700">{flagged.length} pertanyaan ditandai perlu perbaikan; hanya pertanyaan ini yang dapat diubah unit.</p>
          <ul className="mt-2 space-y-1 text-sm">
            {flagged.map((q) => (
              <li key={q.code}>
                <span className="font-mono text-xs">{q.code}</span> — {q.note ?? <em>tanpa catatan</em>}
              </li>
            ))}
          </ul>
          <div className="mt-3">
            <ConfirmButton
              label="Kembalikan untuk perbaikan"
              title="Kembalikan LKE ke unit?"
              description={`${flagged.length} pertanyaan dikirim kembali ke unit beserta catatan TPI. Reviu berlanjut setelah unit mengajukan ulang.`}
              confirmLabel="Kembalikan"
              onConfirm={confirm}
            />
          </div>
        </>
      )}
      {error && <p role="alert" className="mt-2 text-sm text-red-700">{error}</p>}
    </section>
  );
}
