"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { TextareaField } from "@/components/ui/textarea-field";
import { reopenAssessmentAction } from "@/lib/review/transitions/actions";
import { type ReopenInput, ReopenSchema } from "@/lib/review/transitions/schemas";

/** ADMIN: FINAL → IN_REVIEW with a reason kept in the audit trail. */
export function ReopenForm({ assessmentId }: { assessmentId: string }) {
  const router = useRouter();
  const form = useForm<ReopenInput>({ resolver: zodResolver(ReopenSchema), defaultValues: { assessmentId, reason: "" } });
  const [error, setError] = useState<string | null>(null);
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setError(null);
    const result = await reopenAssessmentAction(values);
    if (!result.ok) return setError(result.fieldErrors?.reason?.[0] ?? result.error);
    router.refresh();
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3 rounded-xl border border-slate-200 bg-white p-4">
      <h2 className="font-semibold">Buka kembali penilaian</h2>
      <p className="text-sm text-slate-700">Penilaian kembali ke status “Direviu TPI”; hasil evaluasi yang tersimpan tetap ada sampai ketua tim memfinalkan ulang.</p>
      <TextareaField id="reopen-reason" label="Alasan membuka kembali" required hint="Minimal 10 karakter; dicatat di jejak audit." error={errors.reason?.message} {...form.register("reason")} />
      {error && <p role="alert" className="text-sm text-red-700">{error}</p>}
      <Button type="submit" variant="danger" disabled={isSubmitting}>{isSubmitting ? "Membuka…" : "Buka kembali"}</Button>
    </form>
  );
}
