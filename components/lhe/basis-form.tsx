"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { NoticeAlert } from "@/components/admin/notice";
import { callAction, failureNotice, type Notice } from "@/components/admin/submit";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { saveLheBasisAction } from "@/lib/lhe/actions";
import { LheBasisSchema } from "@/lib/lhe/schemas";
import type { LheBasisValues } from "@/lib/lhe/queries";

const FIELDS = ["tpiBasisTitle", "tpiBasisNumber", "tpiBasisDate", "lheResponsibleName", "lheResponsibleNip", "lheResponsibleTitle"] as const;

/** The SK/surat tugas of the TPI and the penanggung jawab, printed on every LHE of the period. */
export function LheBasisForm({ values }: { values: LheBasisValues }) {
  const router = useRouter();
  const form = useForm({ resolver: zodResolver(LheBasisSchema), defaultValues: values });
  const [notice, setNotice] = useState<Notice | null>(null);
  const { errors, isSubmitting, isDirty } = form.formState;

  const onSubmit = form.handleSubmit(async (input) => {
    setNotice(null);
    const result = await callAction(() => saveLheBasisAction(input));
    if (!result.ok) return setNotice(failureNotice(result, form.setError, FIELDS));
    setNotice({ tone: "success", text: "Dasar penugasan TPI disimpan." });
    form.reset(form.getValues());
    router.refresh();
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="lhe-basis-title" className="space-y-3 rounded-xl border border-slate-200 bg-white p-4 sm:p-6">
      <h2 id="lhe-basis-title" className="text-lg font-semibold">Dasar penugasan TPI (untuk LHE)</h2>
      <p className="text-sm text-slate-600">Berlaku untuk semua LHE periode ini.</p>
      <NoticeAlert notice={notice} />
      <TextField id="tpiBasisTitle" label="Jenis dan penerbit" hint="Mis. Surat Tugas Inspektur Kabupaten Serang" required error={errors.tpiBasisTitle?.message} {...form.register("tpiBasisTitle")} />
      <TextField id="tpiBasisNumber" label="Nomor" required error={errors.tpiBasisNumber?.message} {...form.register("tpiBasisNumber")} />
      <TextField id="tpiBasisDate" label="Tanggal" type="date" required error={errors.tpiBasisDate?.message} className="max-w-xs" {...form.register("tpiBasisDate")} />
      <TextField id="lheResponsibleName" label="Penanggung jawab (nama)" hint="Kosongkan bila LHE hanya ditandatangani ketua tim." error={errors.lheResponsibleName?.message} {...form.register("lheResponsibleName")} />
      <TextField id="lheResponsibleNip" label="NIP penanggung jawab" inputMode="numeric" error={errors.lheResponsibleNip?.message} {...form.register("lheResponsibleNip")} />
      <TextField id="lheResponsibleTitle" label="Jabatan penanggung jawab" hint="Mis. Inspektur Kabupaten Serang" error={errors.lheResponsibleTitle?.message} {...form.register("lheResponsibleTitle")} />
      <Button type="submit" disabled={isSubmitting || !isDirty}>{isSubmitting ? "Menyimpan…" : "Simpan dasar penugasan"}</Button>
    </form>
  );
}
