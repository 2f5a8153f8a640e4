"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Controller, useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { addPeriodUnitsAction } from "@/lib/admin/periods/actions";
import type { ParticipantOption } from "@/lib/admin/periods/queries";
import { PeriodAddUnitsSchema } from "@/lib/admin/periods/schemas";
import { NoticeAlert } from "../notice";
import { callAction, failureNotice, type Notice } from "../submit";
import { UnitChecklist } from "./unit-checklist";

type Props = { periodId: string; candidates: ParticipantOption[] };

/** Adds active OPD/UPT that do not yet take part; each gets its DRAFT assessment. */
export function PeriodAddUnitsForm({ periodId, candidates }: Props) {
  const router = useRouter();
  const form = useForm({ resolver: zodResolver(PeriodAddUnitsSchema), defaultValues: { id: periodId, unitIds: [] as string[] } });
  const [notice, setNotice] = useState<Notice | null>(null);
  const { isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setNotice(null);
    const result = await callAction(() => addPeriodUnitsAction(values));
    if (!result.ok) return setNotice(failureNotice(result, form.setError, ["unitIds"]));
    setNotice({ tone: "success", text: `${result.data.added} unit ditambahkan sebagai peserta; LKE-nya berstatus Draf.` });
    form.reset({ id: periodId, unitIds: [] });
    router.refresh();
  });

  return (
    <section aria-labelledby="add-units" className="space-y-3 rounded-xl border border-slate-200 bg-white p-4 sm:p-6">
      <h2 id="add-units" className="text-lg font-semibold">Tambah unit peserta</h2>
      <NoticeAlert notice={notice} />
      {candidates.length === 0 ? (
        <p className="text-sm text-slate-600">Semua OPD dan UPT aktif sudah menjadi peserta periode ini.</p>
      ) : (
        <form onSubmit={onSubmit} noValidate className="space-y-4">
          <Controller
            control={form.control}
            name="unitIds"
            render={({ field, fieldState }) => (
              <UnitChecklist id="add-unitIds" legend="Unit yang belum ikut" units={candidates} value={field.value} onChange={field.onChange} error={fieldState.error?.message} ref={field.ref} />
            )}
          />
          <Button type="submit" disabled={isSubmitting}>{isSubmitting ? "Menambahkan…" : "Tambahkan unit"}</Button>
        </form>
      )}
    </section>
  );
}
