"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { NoticeAlert } from "@/components/admin/notice";
import { callAction, failureNotice, type Notice } from "@/components/admin/submit";
import { Button } from "@/components/ui/button";
import { TextareaField } from "@/components/ui/textarea-field";
import { TextField } from "@/components/ui/text-field";
import { completeMonitoringReportAction } from "@/lib/proposal/actions";
import { MonitoringReportSchema } from "@/lib/proposal/schemas";

const FIELDS = ["monitoredOn", "reportNumber", "notes"] as const;
type Values = { monitoringId: string; monitoredOn: string; reportNumber: string; notes: string };

/** ADMIN numbers and dates the report letter (Gambar 10) and may reword the TPI's notes in it. */
export function MonitoringReportForm({ monitoringId, name, values, minDay, today }: { monitoringId: string; name: string; values: Omit<Values, "monitoringId">; minDay: string; today: string }) {
  const router = useRouter();
  const form = useForm<Values>({ resolver: zodResolver(MonitoringReportSchema) as never, defaultValues: { monitoringId, ...values } });
  const [notice, setNotice] = useState<Notice | null>(null);
  const { errors, isSubmitting } = form.formState;
  const id = (f: string) => `${f}-${monitoringId}`;
  const onSubmit = form.handleSubmit(async (input) => {
    setNotice(null);
    const result = await callAction(() => completeMonitoringReportAction(input));
    if (!result.ok) return setNotice(failureNotice(result, form.setError, FIELDS));
    setNotice({ tone: "success", text: "Surat laporan monitoring disimpan." });
    router.refresh();
  });
  return (
    <details>
      <summary className="cursor-pointer font-semibold text-brand-700">{values.reportNumber ? "Ubah" : "Lengkapi"} surat laporan {name}</summary>
      <form onSubmit={onSubmit} noValidate aria-label={`Surat laporan monitoring ${name}`} className="mt-2 space-y-3">
        <NoticeAlert notice={notice} />
        <div className="grid gap-3 sm:grid-cols-2">
          <TextField id={id("reportNumber")} label="Nomor surat laporan" required error={errors.reportNumber?.message} {...form.register("reportNumber")} />
          <TextField id={id("monitoredOn")} label="Tanggal surat laporan" type="date" min={minDay} max={today} required error={errors.monitoredOn?.message} {...form.register("monitoredOn")} />
        </div>
        <TextareaField id={id("notes")} label="Catatan hasil monitoring (butir 2 surat)" rows={6} required error={errors.notes?.message} {...form.register("notes")} />
        <Button type="submit" disabled={isSubmitting}>{isSubmitting ? "Menyimpan…" : "Simpan surat laporan"}</Button>
      </form>
    </details>
  );
}
