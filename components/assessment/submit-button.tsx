"use client";

import { useRouter } from "next/navigation";
import { useRef, useState, useTransition } from "react";
import { submitAssessmentAction } from "@/lib/assessment/actions";

/** Submits once: the button locks on the first click, and the server accepts one transition. */
export function SubmitButton({ assessmentId, disabled }: { assessmentId: string; disabled: boolean }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const sent = useRef(false);

  const submit = () => {
    if (sent.current) return;
    sent.current = true;
    setError(null);
    startTransition(async () => {
      const result = await submitAssessmentAction({ assessmentId });
      if (!result.ok) {
        sent.current = false;
        setError(result.error);
        return;
      }
      router.push(`/opd/penilaian/${assessmentId}`);
      router.refresh();
    });
  };

  return (
    <div>
      <button type="button" onClick={submit} disabled={disabled || pending} className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-50">
        {pending ? "Mengajukan…" : "Ajukan LKE ke TPI"}
      </button>
      {error && <p role="alert" className="mt-2 text-sm text-red-700">{error}</p>}
    </div>
  );
}
