"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { NoticeAlert } from "@/components/admin/notice";
import { callAction, failureNotice, type Notice } from "@/components/admin/submit";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/select-field";
import { TextareaField } from "@/components/ui/textarea-field";
import { TextField } from "@/components/ui/text-field";
import { recordMonitoringAction } from "@/lib/proposal/actions";
import { MonitoringSchema } from "@/lib/proposal/schemas";

const FIELDS = ["monitoredOn", "score", "conclusion", "notes", "reportNumber"] as const;
type Values = { predicateId: string; monitoredOn: string; score: string; conclusion: string; notes: string; reportNumber: string };

/** The TPI's monitoring report of one predicate (Gambar 10: nilai, catatan, masih memenuhi atau tidak). */
export function MonitoringForm({ predicateId, name, minDay, today }: { predicateId: string; name: string; minDay: string; today: string }) {
  const router = useRouter();
  const form = useForm<Values>({ resolver: zodResolver(MonitoringSchema) as never, defaultValues: { predicateId, monitoredOn: today, score: "", conclusion: "MASIH_MEMENUHI", notes: "", reportNumber: "" } });
  const [notice, setNotice] = useState<Notice | null>(null);
  const { errors, isSubmitting } = form.formState;
  const id = (f: string) => `${f}-${predicateId}`;
  const onSubmit = form.handleSubmit(async (values) => {
    setNotice(null);
    const result = await callAction(() => recordMonitoringAction(values));
    if (!result.ok) return setNotice(failureNotice(result, form.setError, FIELDS));
    router.refresh();
  });
  return (
    <details>
      <summary className="cursor-pointer font-semibold text-brand-700">Catat monitoring di luar portal: {name}</summary>
      <form onSubmit={onSubmit} noValidate aria-label={`Monitoring ${name}`} className="mt-2 space-y-3">
        <NoticeAlert notice={notice} />
        <div className="grid gap-3 sm:grid-cols-2">
          <TextField id={id("monitoredOn")} label="Tanggal laporan" type="date" min={minDay} max={today} required error={errors.monitoredOn?.message} {...form.register("monitoredOn")} />
          <TextField id={id("reportNumber")} label="Nomor surat laporan" required error={errors.reportNumber?.message} {...form.register("reportNumber")} />
          <TextField id={id("score")} label="Nilai pengungkit + hasil" inputMode="decimal" error={errors.score?.message} {...form.register("score")} />
          <SelectField id={id("conclusion")} label="Kesimpulan" required error={errors.conclusion?.message} {...form.register("conclusion")}>
            <option value="MASIH_MEMENUHI">Masih memenuhi kriteria</option>
            <option value="TIDAK_MEMENUHI">Tidak memenuhi kriteria</option>
          </SelectField>
        </div>
        <TextareaField id={id("notes")} label="Catatan hasil monitoring" required error={errors.notes?.message} {...form.register("notes")} />
        <Button type="submit" disabled={isSubmitting}>{isSubmitting ? "Menyimpan…" : "Simpan monitoring"}</Button>
      </form>
    </details>
  );
}
