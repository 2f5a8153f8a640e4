"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { NoticeAlert } from "@/components/admin/notice";
import { callAction, failureNotice, type Notice } from "@/components/admin/submit";
import { Button } from "@/components/ui/button";
import { TextareaField } from "@/components/ui/textarea-field";
import { saveLheRecommendationAction } from "@/lib/lhe/actions";
import { LheRecommendationSchema, RECOMMENDATION_MAX } from "@/lib/lhe/schemas";
import type { SectionKey } from "@/lib/lke/sections";

type Props = { assessmentId: string; sectionKey: SectionKey; sectionName: string; text: string; editable: boolean };

/** The TPI's improvement recommendation for this LKE page, printed in the LHE (section G). */
export function LheRecommendationForm({ assessmentId, sectionKey, sectionName, text, editable }: Props) {
  const form = useForm({ resolver: zodResolver(LheRecommendationSchema), defaultValues: { assessmentId, sectionKey, text } });
  const [notice, setNotice] = useState<Notice | null>(null);
  const { errors, isSubmitting, isDirty } = form.formState;

  const onSubmit = form.handleSubmit(async (input) => {
    setNotice(null);
    const result = await callAction(() => saveLheRecommendationAction(input));
    if (!result.ok) return setNotice(failureNotice(result, form.setError, ["text"]));
    setNotice({ tone: "success", text: input.text === "" ? "Rekomendasi dihapus." : "Rekomendasi disimpan." });
    form.reset(input);
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="lhe-recommendation-title" className="mt-6 space-y-3 rounded-xl border border-slate-200 bg-white p-4 sm:p-6">
      <h2 id="lhe-recommendation-title" className="text-lg font-semibold">Rekomendasi perbaikan TPI — {sectionName}</h2>
      <NoticeAlert notice={notice} />
      <TextareaField
        id="lhe-recommendation"
        label="Rekomendasi perbaikan untuk area ini"
        hint={`Dicetak pada LHE. Maksimal ${RECOMMENDATION_MAX} karakter; kosongkan untuk menghapus.`}
        rows={4}
        disabled={!editable}
        error={errors.text?.message}
        {...form.register("text")}
      />
      {editable && <Button type="submit" disabled={isSubmitting || !isDirty}>{isSubmitting ? "Menyimpan…" : "Simpan rekomendasi"}</Button>}
    </form>
  );
}
