"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import { createUnitPredicateAction } from "@/lib/unit-facts/actions";
import { SOURCE_LABELS, TARGET_LABELS } from "@/lib/unit-facts/labels";
import { UnitPredicateSchema } from "@/lib/unit-facts/schemas";
import { NoticeAlert } from "../notice";
import { callAction, failureNotice, type Notice } from "../submit";

const FIELDS = ["year", "predicate", "source", "decreeNumber", "decreeDate"] as const;

/** Records a predicate awarded to the unit (by TPN, or by the instansi's own evaluasi mandiri). */
export function PredicateForm({ unitId, defaultYear, today }: { unitId: string; defaultYear: number; today: string }) {
  const router = useRouter();
  const empty = { unitId, year: defaultYear, predicate: "WBK" as const, source: "TPN" as const, decreeNumber: "", decreeDate: "" };
  const form = useForm({ resolver: zodResolver(UnitPredicateSchema), defaultValues: empty });
  const [notice, setNotice] = useState<Notice | null>(null);
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setNotice(null);
    const result = await callAction(() => createUnitPredicateAction(values));
    if (!result.ok) return setNotice(failureNotice(result, form.setError, FIELDS));
    setNotice({ tone: "success", text: `${TARGET_LABELS[values.predicate]} ${values.year} dicatat.` });
    form.reset(empty);
    router.refresh();
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="predicate-form-title" className="space-y-4 border-t border-slate-200 pt-4">
      <h3 id="predicate-form-title" className="font-semibold">Catat predikat</h3>
      <NoticeAlert notice={notice} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField id="predicateYear" label="Tahun predikat" type="number" inputMode="numeric" required error={errors.year?.message} {...form.register("year", { valueAsNumber: true })} />
        <SelectField id="predicate" label="Predikat" required error={errors.predicate?.message} {...form.register("predicate")}>
          {(["WBK", "WBBM"] as const).map((p) => <option key={p} value={p}>{TARGET_LABELS[p]}</option>)}
        </SelectField>
        <SelectField id="source" label="Sumber" required error={errors.source?.message} className="sm:col-span-2" {...form.register("source")}>
          {(["TPN", "MANDIRI"] as const).map((s) => <option key={s} value={s}>{SOURCE_LABELS[s]}</option>)}
        </SelectField>
        <TextField id="decreeNumber" label="Nomor keputusan" required error={errors.decreeNumber?.message} {...form.register("decreeNumber")} />
        <TextField id="decreeDate" label="Tanggal keputusan" type="date" max={today} required error={errors.decreeDate?.message} {...form.register("decreeDate")} />
      </div>
      <Button type="submit" disabled={isSubmitting}>{isSubmitting ? "Menyimpan…" : "Catat predikat"}</Button>
    </form>
  );
}
