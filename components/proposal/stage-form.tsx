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
import type { TpnStageKind } from "@/lib/db/generated/enums";
import { recordTpnStageAction } from "@/lib/proposal/actions";
import { TpnStageSchema } from "@/lib/proposal/schemas";
import { RESULT_LABELS, STAGE_LABELS, STAGE_ORDER } from "@/lib/proposal/stages";

const FIELDS = ["kind", "date", "result", "notes", "followUpDeadline", "documentNumber"] as const;
type Values = { roundId: string; unitId: string; kind: TpnStageKind; date: string; result: string; notes: string; followUpDeadline: string; documentNumber: string };

/** Records TPN's next stage for one proposed unit (the decree writes the predicate). */
export function StageForm({ roundId, unitId, unitName, next, today }: { roundId: string; unitId: string; unitName: string; next: TpnStageKind; today: string }) {
  const router = useRouter();
  const form = useForm<Values>({ resolver: zodResolver(TpnStageSchema) as never, defaultValues: { roundId, unitId, kind: next, date: today, result: "LULUS", notes: "", followUpDeadline: "", documentNumber: "" } });
  const [notice, setNotice] = useState<Notice | null>(null);
  const { errors, isSubmitting } = form.formState;
  const kind = form.watch("kind");
  const id = (field: string) => `${field}-${unitId}`;
  const onSubmit = form.handleSubmit(async (values) => {
    setNotice(null);
    const result = await callAction(() => recordTpnStageAction(values));
    if (!result.ok) return setNotice(failureNotice(result, form.setError, FIELDS));
    router.refresh();
  });
  return (
    <form onSubmit={onSubmit} noValidate aria-label={`Tahap TPN ${unitName}`} className="mt-3 space-y-3 rounded-md border border-slate-200 p-3">
      <NoticeAlert notice={notice} />
      <div className="grid gap-3 sm:grid-cols-3">
        <SelectField id={id("kind")} label="Tahap" required error={errors.kind?.message} {...form.register("kind")}>
          {STAGE_ORDER.map((k) => <option key={k} value={k}>{STAGE_LABELS[k]}</option>)}
        </SelectField>
        <TextField id={id("date")} label="Tanggal" type="date" max={today} required error={errors.date?.message} {...form.register("date")} />
        <SelectField id={id("result")} label="Hasil" required error={errors.result?.message} {...form.register("result")}>
          <option value="LULUS">{kind === "KEPUTUSAN" ? "Predikat ditetapkan" : RESULT_LABELS.LULUS}</option>
          {kind !== "KEPUTUSAN" && <option value="LULUS_DENGAN_CATATAN">{RESULT_LABELS.LULUS_DENGAN_CATATAN}</option>}
          <option value="TIDAK_LULUS">{kind === "KEPUTUSAN" ? "Predikat tidak ditetapkan" : RESULT_LABELS.TIDAK_LULUS}</option>
        </SelectField>
        <TextField id={id("documentNumber")} label={kind === "KEPUTUSAN" ? "Nomor Keputusan Menteri" : "Nomor surat / berita acara"} error={errors.documentNumber?.message} {...form.register("documentNumber")} />
        <TextField id={id("followUpDeadline")} label="Batas tindak lanjut catatan" type="date" error={errors.followUpDeadline?.message} {...form.register("followUpDeadline")} />
      </div>
      <TextareaField id={id("notes")} label="Catatan TPN" error={errors.notes?.message} {...form.register("notes")} />
      <Button type="submit" disabled={isSubmitting}>{isSubmitting ? "Menyimpan…" : "Simpan tahap"}</Button>
    </form>
  );
}
