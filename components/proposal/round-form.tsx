"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { NoticeAlert } from "@/components/admin/notice";
import { callAction, failureNotice, type Notice } from "@/components/admin/submit";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { saveProposalRoundAction } from "@/lib/proposal/actions";
import { ProposalRoundSchema } from "@/lib/proposal/schemas";

const FIELDS = ["quota", "letterNumber", "signerName", "signerNip"] as const;
type Values = { periodId: string; quota: string; letterNumber: string; signerName: string; signerNip: string };

/** The round's settings: optional quota, the letter's number and who signs it. */
export function RoundForm({ periodId, initial, editable }: { periodId: string; initial: Omit<Values, "periodId"> | null; editable: boolean }) {
  const router = useRouter();
  const form = useForm<Values>({ resolver: zodResolver(ProposalRoundSchema) as never, defaultValues: { periodId, quota: "", letterNumber: "", signerName: "", signerNip: "", ...initial } });
  const [notice, setNotice] = useState<Notice | null>(null);
  const { errors, isSubmitting } = form.formState;
  const onSubmit = form.handleSubmit(async (values) => {
    setNotice(null);
    const result = await callAction(() => saveProposalRoundAction(values));
    if (!result.ok) return setNotice(failureNotice(result, form.setError, FIELDS));
    setNotice({ tone: "success", text: initial ? "Pengaturan usulan disimpan." : "Usulan ke TPN dibuat." });
    router.refresh();
  });
  return (
    <form onSubmit={onSubmit} noValidate aria-label="Pengaturan usulan" className="space-y-3 rounded-xl border border-slate-200 bg-white p-4 sm:p-6">
      <h2 className="text-lg font-semibold">Pengaturan usulan</h2>
      <NoticeAlert notice={notice} />
      <fieldset disabled={!editable} className="grid gap-3 sm:grid-cols-2">
        <TextField id="quota" label="Kuota unit (kosong: tanpa kuota)" inputMode="numeric" error={errors.quota?.message} {...form.register("quota")} />
        <TextField id="letterNumber" label="Nomor Surat Pengajuan Evaluasi" error={errors.letterNumber?.message} {...form.register("letterNumber")} />
        <TextField id="signerName" label="Nama penanda tangan (pimpinan instansi)" error={errors.signerName?.message} {...form.register("signerName")} />
        <TextField id="signerNip" label="NIP penanda tangan" inputMode="numeric" error={errors.signerNip?.message} {...form.register("signerNip")} />
      </fieldset>
      {editable && <Button type="submit" disabled={isSubmitting}>{isSubmitting ? "Menyimpan…" : initial ? "Simpan pengaturan" : "Buat usulan ke TPN"}</Button>}
    </form>
  );
}
