"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Controller, useForm, useWatch } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import { openPeriodAction } from "@/lib/admin/periods/actions";
import type { TimeZoneCode } from "@/lib/db/generated/enums";
import type { LkeVersionOption, ParticipantOption } from "@/lib/admin/periods/queries";
import { defaultPeriodName, PeriodOpenSchema } from "@/lib/admin/periods/schemas";
import { NoticeAlert } from "../notice";
import { callAction, failureNotice, type Notice } from "../submit";
import { UnitChecklist } from "./unit-checklist";

const FIELDS = ["year", "name", "lkeVersionId", "deadline", "unitIds"] as const;

type Props = { defaultYear: number; today: string; zone: TimeZoneCode; lkeVersions: LkeVersionOption[]; units: ParticipantOption[] };

export function PeriodOpenForm({ defaultYear, today, zone, lkeVersions, units }: Props) {
  const router = useRouter();
  const form = useForm({
    resolver: zodResolver(PeriodOpenSchema),
    defaultValues: { year: defaultYear, name: "", lkeVersionId: lkeVersions[0]?.id ?? "", deadline: "", unitIds: [] as string[] },
  });
  const year = useWatch({ control: form.control, name: "year" });
  const [notice, setNotice] = useState<Notice | null>(null);
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setNotice(null);
    const result = await callAction(() => openPeriodAction(values));
    if (!result.ok) return setNotice(failureNotice(result, form.setError, FIELDS));
    router.push(`/admin/periods/${result.data.id}`);
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5 rounded-xl border border-slate-200 bg-white p-4 sm:p-6">
      <NoticeAlert notice={notice} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField id="year" label="Tahun evaluasi" type="number" inputMode="numeric" required error={errors.year?.message} {...form.register("year", { valueAsNumber: true })} />
        <TextField id="deadline" label="Batas waktu pengisian" type="date" min={today} required hint={`Pengisian ditutup pukul 23.59 ${zone} pada tanggal ini.`} error={errors.deadline?.message} {...form.register("deadline")} />
        <TextField
          id="name"
          label="Nama periode"
          autoComplete="off"
          placeholder={Number.isInteger(year) ? defaultPeriodName(year) : undefined}
          hint="Kosongkan untuk memakai nama baku seperti contoh di kolom."
          error={errors.name?.message}
          className="sm:col-span-2"
          {...form.register("name")}
        />
        <SelectField id="lkeVersionId" label="Versi LKE" required error={errors.lkeVersionId?.message} className="sm:col-span-2" {...form.register("lkeVersionId")}>
          <option value="">— Pilih versi LKE —</option>
          {lkeVersions.map((version) => (
            <option key={version.id} value={version.id}>
              {version.title} ({version.id})
            </option>
          ))}
        </SelectField>
      </div>
      <Controller
        control={form.control}
        name="unitIds"
        render={({ field, fieldState }) => (
          <UnitChecklist id="unitIds" legend="Unit peserta" units={units} value={field.value} onChange={field.onChange} error={fieldState.error?.message} ref={field.ref} />
        )}
      />
      <p className="text-sm text-slate-600">Setiap unit yang dipilih mendapat LKE berstatus Draf untuk diisi operatornya.</p>
      <div className="flex flex-wrap gap-2">
        <Button type="submit" disabled={isSubmitting}>{isSubmitting ? "Membuka periode…" : "Buka periode"}</Button>
        <Link href="/admin/periods" className="inline-flex min-h-10 items-center px-2 text-sm font-medium text-slate-700 underline">Batal</Link>
      </div>
    </form>
  );
}
