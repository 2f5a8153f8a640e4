"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { updatePeriodDeadlineAction } from "@/lib/admin/periods/actions";
import type { TimeZoneCode } from "@/lib/db/generated/enums";
import { PeriodDeadlineSchema } from "@/lib/admin/periods/schemas";
import { NoticeAlert } from "../notice";
import { callAction, failureNotice, type Notice } from "../submit";

type Props = { periodId: string; deadline: string; today: string; zone: TimeZoneCode };

/** Moves the deadline of an open period (the date; the time is always 23.59 in the instansi's zone). */
export function PeriodDeadlineForm({ periodId, deadline, today, zone }: Props) {
  const router = useRouter();
  const form = useForm({ resolver: zodResolver(PeriodDeadlineSchema), defaultValues: { id: periodId, deadline } });
  const [notice, setNotice] = useState<Notice | null>(null);
  const { errors, isSubmitting, isDirty } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setNotice(null);
    const result = await callAction(() => updatePeriodDeadlineAction(values));
    if (!result.ok) return setNotice(failureNotice(result, form.setError, ["deadline"]));
    setNotice({ tone: "success", text: "Batas waktu disimpan." });
    form.reset(values);
    router.refresh();
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="deadline-title" className="space-y-4 rounded-xl border border-slate-200 bg-white p-4 sm:p-6">
      <h2 id="deadline-title" className="text-lg font-semibold">Batas waktu</h2>
      <NoticeAlert notice={notice} />
      <TextField
        id="deadline"
        label="Batas waktu pengisian"
        type="date"
        min={today}
        required
        hint={`Unit dapat mengisi sampai pukul 23.59 ${zone} pada tanggal ini.`}
        error={errors.deadline?.message}
        className="max-w-xs"
        {...form.register("deadline")}
      />
      <Button type="submit" disabled={isSubmitting || !isDirty}>{isSubmitting ? "Menyimpan…" : "Simpan batas waktu"}</Button>
    </form>
  );
}
