"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import { GRADES, type Grade } from "@/lib/eligibility/types";
import { saveUnitYearFactAction } from "@/lib/unit-facts/actions";
import type { UnitYearFactView } from "@/lib/unit-facts/queries";
import { UnitYearFactSchema } from "@/lib/unit-facts/schemas";
import { NoticeAlert } from "../notice";
import { callAction, failureNotice, type Notice } from "../submit";

const FIELDS = ["year", "sakipInternal", "followUpPercent"] as const;
const percentText = (value: number | null) => (value === null ? "" : String(value).replace(".", ","));

type Props = { unitId: string; editing: UnitYearFactView | null; defaultYear: number; onDone: () => void };

/** Adds a year's facts, or changes the year picked in the table. */
export function YearFactForm({ unitId, editing, defaultYear, onDone }: Props) {
  const router = useRouter();
  const form = useForm({
    resolver: zodResolver(UnitYearFactSchema),
    defaultValues: { unitId, year: defaultYear, sakipInternal: "" as Grade | "" | null, followUpPercent: "" as string | number | null },
  });
  const [notice, setNotice] = useState<Notice | null>(null);
  const { errors, isSubmitting } = form.formState;

  useEffect(() => {
    if (editing) form.reset({ unitId, year: editing.year, sakipInternal: editing.sakipInternal ?? "", followUpPercent: percentText(editing.followUpPercent) });
  }, [editing, form, unitId]);

  const onSubmit = form.handleSubmit(async (values) => {
    setNotice(null);
    const result = await callAction(() => saveUnitYearFactAction(values));
    if (!result.ok) return setNotice(failureNotice(result, form.setError, FIELDS));
    setNotice({ tone: "success", text: `Data tahun ${result.data.year} disimpan.` });
    form.reset({ unitId, year: defaultYear, sakipInternal: "", followUpPercent: "" });
    onDone();
    router.refresh();
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Data per tahun" className="space-y-4">
      <NoticeAlert notice={notice} />
      <div className="grid gap-4 sm:grid-cols-3">
        <TextField id="factYear" label="Tahun" type="number" inputMode="numeric" required readOnly={editing !== null} error={errors.year?.message} {...form.register("year", { valueAsNumber: true })} />
        <SelectField id="sakipInternal" label="Predikat SAKIP internal" error={errors.sakipInternal?.message} {...form.register("sakipInternal")}>
          <option value="">Belum diisi</option>
          {GRADES.map((g) => <option key={g} value={g}>{g}</option>)}
        </SelectField>
        <TextField id="followUpPercent" label="Tindak lanjut temuan APIP/BPK (%)" inputMode="decimal" hint="0–100, dua desimal, mis. 98,50" error={errors.followUpPercent?.message} {...form.register("followUpPercent")} />
      </div>
      <div className="flex flex-wrap gap-2">
        <Button type="submit" disabled={isSubmitting}>{isSubmitting ? "Menyimpan…" : editing ? `Simpan tahun ${editing.year}` : "Tambah data tahun"}</Button>
        {editing && <Button variant="secondary" onClick={() => { form.reset({ unitId, year: defaultYear, sakipInternal: "", followUpPercent: "" }); onDone(); }}>Batal</Button>}
      </div>
    </form>
  );
}
