"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { FieldError } from "@/components/ui/field-error";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import type { InstansiConditionKey } from "@/lib/db/generated/enums";
import { ACCEPT_ATTRIBUTE, ACCEPTED_TYPES_TEXT } from "@/lib/evidence/type-policy";
import { CONDITION_LABELS, CONDITION_VALUES, conditionValueLabel, InstansiConditionSchema } from "@/lib/instansi/condition-schemas";
import type { InstansiConditionView } from "@/lib/instansi/conditions";
import { NoticeAlert } from "../notice";
import { failureNotice, type Notice } from "../submit";
import { sendCondition } from "./send-condition";

const FIELDS = ["value", "documentName", "documentDate", "sourceKind", "sourceUrl"] as const;

type Props = { periodId: string; conditionKey: InstansiConditionKey; condition: InstansiConditionView | null; maxMb: number; today: string };

/** One instansi Tabel 5 row: its value and the document it comes from (a link or a file). */
export function ConditionForm({ periodId, conditionKey: key, condition, maxMb, today }: Props) {
  const router = useRouter();
  const titleId = useId();
  const form = useForm({
    resolver: zodResolver(InstansiConditionSchema),
    defaultValues: {
      periodId,
      key,
      value: condition?.value ?? "",
      documentName: condition?.documentName ?? "",
      documentDate: condition?.documentDate ?? "",
      sourceKind: condition?.file ? ("FILE" as const) : ("LINK" as const),
      sourceUrl: condition?.sourceUrl ?? "",
    },
  });
  const sourceKind = useWatch({ control: form.control, name: "sourceKind" });
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const { errors, isSubmitting } = form.formState;
  const id = (field: string) => `${key}-${field}`;

  const onSubmit = form.handleSubmit(async (values) => {
    setNotice(null);
    setFileError(null);
    if (values.sourceKind === "FILE" && !file && !condition?.file) {
      setFileError("Pilih berkas dokumen sumber");
      return;
    }
    const result = await sendCondition({ values, file: values.sourceKind === "FILE" ? file : null });
    if (!result.ok) {
      const { file: fileErrors, ...rest } = result.fieldErrors ?? {};
      if (fileErrors?.length) setFileError(fileErrors.join(" "));
      return setNotice(failureNotice({ error: result.error, fieldErrors: rest }, form.setError, FIELDS));
    }
    setNotice({ tone: "success", text: `${CONDITION_LABELS[key]} disimpan.` });
    setFile(null);
    router.refresh();
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby={titleId} className="space-y-4 rounded-xl border border-slate-200 bg-white p-4 sm:p-6">
      <h3 id={titleId} className="font-semibold">{CONDITION_LABELS[key]}</h3>
      <NoticeAlert notice={notice} />
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField id={id("value")} label="Nilai" required error={errors.value?.message} {...form.register("value")}>
          <option value="">— Pilih nilai —</option>
          {CONDITION_VALUES[key].map((v) => <option key={v} value={v}>{conditionValueLabel(key, v)}</option>)}
        </SelectField>
        <TextField id={id("documentDate")} label="Tanggal dokumen" type="date" max={today} required error={errors.documentDate?.message} {...form.register("documentDate")} />
        <TextField id={id("documentName")} label="Nama dokumen sumber" required hint="Mis. LHP BPK atas LKPD Tahun 2025, Nomor …" error={errors.documentName?.message} className="sm:col-span-2" {...form.register("documentName")} />
      </div>
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium text-slate-800">Sumber dokumen</legend>
        <div className="flex flex-wrap gap-4 text-sm">
          <label className="inline-flex items-center gap-2"><input type="radio" value="LINK" {...form.register("sourceKind")} /> Tautan</label>
          <label className="inline-flex items-center gap-2"><input type="radio" value="FILE" {...form.register("sourceKind")} /> Berkas unggahan</label>
        </div>
        {sourceKind === "LINK" ? (
          <TextField id={id("sourceUrl")} label="Tautan dokumen" type="url" inputMode="url" required placeholder="https://" error={errors.sourceUrl?.message} {...form.register("sourceUrl")} />
        ) : (
          <div>
            <label htmlFor={id("file")} className="block text-sm font-medium text-slate-800">Berkas dokumen{!condition?.file && <span className="text-red-700"> *<span className="sr-only">(wajib)</span></span>}</label>
            <input
              id={id("file")}
              type="file"
              accept={ACCEPT_ATTRIBUTE}
              aria-describedby={`${id("file")}-hint${fileError ? ` ${id("file")}-error` : ""}`}
              aria-invalid={fileError ? true : undefined}
              className="mt-1 block w-full text-sm"
              onChange={(event) => setFile(event.currentTarget.files?.[0] ?? null)}
            />
            <p id={`${id("file")}-hint`} className="mt-1 text-xs text-slate-600">
              {condition?.file ? `Tersimpan: ${condition.file.name}. Pilih berkas lain untuk menggantinya. ` : ""}
              {ACCEPTED_TYPES_TEXT}; paling besar {maxMb} MB.
            </p>
            <FieldError id={`${id("file")}-error`} errors={fileError ? [fileError] : undefined} />
          </div>
        )}
      </fieldset>
      <Button type="submit" disabled={isSubmitting}>{isSubmitting ? "Menyimpan…" : "Simpan"}</Button>
    </form>
  );
}
