"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { updateProposalDeadlineAction } from "@/lib/instansi/actions";
import { ProposalDeadlineSchema } from "@/lib/instansi/condition-schemas";
import { NoticeAlert } from "../notice";
import { callAction, failureNotice, type Notice } from "../submit";

type Props = { periodId: string; year: number; proposalDeadline: string | null };

/** The day proposals are due at TPN; blank keeps 31 May (PermenPAN-RB 5/2024 Lampiran II, page 6). */
export function ProposalDeadlineForm({ periodId, year, proposalDeadline }: Props) {
  const router = useRouter();
  const form = useForm({ resolver: zodResolver(ProposalDeadlineSchema), defaultValues: { periodId, proposalDeadline: proposalDeadline ?? "" } });
  const [notice, setNotice] = useState<Notice | null>(null);
  const { errors, isSubmitting, isDirty } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setNotice(null);
    const result = await callAction(() => updateProposalDeadlineAction(values));
    if (!result.ok) return setNotice(failureNotice(result, form.setError, ["proposalDeadline"]));
    setNotice({ tone: "success", text: "Batas pengusulan ke TPN disimpan." });
    form.reset({ periodId, proposalDeadline: values.proposalDeadline ?? "" });
    router.refresh();
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="proposal-deadline-title" className="space-y-4 rounded-xl border border-slate-200 bg-white p-4 sm:p-6">
      <h2 id="proposal-deadline-title" className="text-lg font-semibold">Batas pengusulan ke TPN</h2>
      <NoticeAlert notice={notice} />
      <TextField
        id="proposalDeadline"
        label="Tanggal batas pengusulan"
        type="date"
        min={`${year}-01-01`}
        hint={`Kosongkan untuk memakai 31 Mei ${year}. Kelayakan usulan dinilai pada tanggal ini.`}
        error={errors.proposalDeadline?.message}
        className="max-w-xs"
        {...form.register("proposalDeadline")}
      />
      <Button type="submit" disabled={isSubmitting || !isDirty}>{isSubmitting ? "Menyimpan…" : "Simpan batas pengusulan"}</Button>
    </form>
  );
}
