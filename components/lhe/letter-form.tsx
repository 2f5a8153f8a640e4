"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { NoticeAlert } from "@/components/admin/notice";
import { callAction, failureNotice, type Notice } from "@/components/admin/submit";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { saveLheLetterAction } from "@/lib/lhe/actions";
import { LheLetterSchema } from "@/lib/lhe/schemas";

type Values = { assessmentId: string; number: string; letterDate: string };

/** The ketua tim's number and date of the LHE; blank leaves a space to fill in on the letterhead. */
export function LheLetterForm({ values }: { values: Values }) {
  const router = useRouter();
  const form = useForm({ resolver: zodResolver(LheLetterSchema), defaultValues: values });
  const [notice, setNotice] = useState<Notice | null>(null);
  const { errors, isSubmitting, isDirty } = form.formState;

  const onSubmit = form.handleSubmit(async (input) => {
    setNotice(null);
    const result = await callAction(() => saveLheLetterAction(input));
    if (!result.ok) return setNotice(failureNotice(result, form.setError, ["number", "letterDate"]));
    setNotice({ tone: "success", text: "Nomor dan tanggal LHE disimpan." });
    form.reset(form.getValues());
    router.refresh();
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="lhe-letter-title" className="space-y-3 rounded-xl border border-slate-200 bg-white p-4 sm:p-6">
      <h2 id="lhe-letter-title" className="text-lg font-semibold">Nomor dan tanggal LHE (ketua tim)</h2>
      <NoticeAlert notice={notice} />
      <TextField id="lhe-number" label="Nomor LHE" hint="Kosongkan untuk diisi pada kop surat." error={errors.number?.message} {...form.register("number")} />
      <TextField id="lhe-date" label="Tanggal LHE" type="date" hint="Kosongkan untuk memakai tanggal finalisasi." error={errors.letterDate?.message} className="max-w-xs" {...form.register("letterDate")} />
      <Button type="submit" disabled={isSubmitting || !isDirty}>{isSubmitting ? "Menyimpan…" : "Simpan nomor dan tanggal"}</Button>
    </form>
  );
}
