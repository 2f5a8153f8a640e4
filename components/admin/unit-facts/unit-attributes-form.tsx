"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import { SERVICE_CATEGORIES } from "@/lib/eligibility/types";
import { updateUnitAttributesAction } from "@/lib/unit-facts/actions";
import { SERVICE_CATEGORY_LABELS, TRI_STATE_LABELS } from "@/lib/unit-facts/labels";
import type { UnitEligibilityProfile } from "@/lib/unit-facts/queries";
import { UnitAttributesSchema } from "@/lib/unit-facts/schemas";
import { NoticeAlert } from "../notice";
import { callAction, failureNotice, type Notice } from "../submit";

const FIELDS = ["serviceCategory", "coreService", "significantImpact", "ziSinceWbk", "ziSinceWbbm"] as const;
const triState = (value: boolean | null) => (value === null ? "" : value ? "YA" : "TIDAK");

type Props = { unitId: string; profile: UnitEligibilityProfile; today: string };

/** The unit's Tabel 5 facts that do not change by year (PermenPAN-RB 5/2024 pages 4–5). */
export function UnitAttributesForm({ unitId, profile, today }: Props) {
  const router = useRouter();
  const form = useForm({
    resolver: zodResolver(UnitAttributesSchema),
    defaultValues: {
      unitId,
      serviceCategory: profile.serviceCategory,
      coreService: triState(profile.coreService),
      significantImpact: triState(profile.significantImpact),
      ziSinceWbk: profile.ziSinceWbk ?? "",
      ziSinceWbbm: profile.ziSinceWbbm ?? "",
    },
  });
  const [notice, setNotice] = useState<Notice | null>(null);
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setNotice(null);
    const result = await callAction(() => updateUnitAttributesAction(values));
    if (!result.ok) return setNotice(failureNotice(result, form.setError, FIELDS));
    setNotice({ tone: "success", text: "Data Tabel 5 unit disimpan." });
    router.refresh();
  });

  const tri = (name: "coreService" | "significantImpact", label: string, hint: string) => (
    <SelectField id={name} label={label} hint={hint} error={errors[name]?.message} {...form.register(name)}>
      {(["", "YA", "TIDAK"] as const).map((v) => <option key={v} value={v}>{TRI_STATE_LABELS[v]}</option>)}
    </SelectField>
  );

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="attributes-title" className="space-y-5 rounded-xl border border-slate-200 bg-white p-4 sm:p-6">
      <h2 id="attributes-title" className="text-lg font-semibold">Data Tabel 5 unit</h2>
      <NoticeAlert notice={notice} />
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField id="serviceCategory" label="Kategori layanan" required hint="Enam kategori jalur afirmasi pemerintah daerah (PermenPAN-RB 5/2024, huruf a–f)." error={errors.serviceCategory?.message} className="sm:col-span-2" {...form.register("serviceCategory")}>
          {SERVICE_CATEGORIES.map((c) => <option key={c} value={c}>{SERVICE_CATEGORY_LABELS[c]}</option>)}
        </SelectField>
        {tri("coreService", "Layanan inti instansi", "Unit merupakan pelaksana layanan inti (core business) instansi.")}
        {tri("significantImpact", "Dampak signifikan", "Layanan unit berdampak signifikan pada persepsi masyarakat.")}
        <TextField id="ziSinceWbk" label="Pencanangan menuju WBK" type="date" max={today} hint="Tanggal mulai pembangunan ZI menuju WBK; kosong bila belum." error={errors.ziSinceWbk?.message} {...form.register("ziSinceWbk")} />
        <TextField id="ziSinceWbbm" label="Pencanangan menuju WBBM" type="date" max={today} hint="Tanggal mulai pembangunan ZI menuju WBBM; kosong bila belum." error={errors.ziSinceWbbm?.message} {...form.register("ziSinceWbbm")} />
      </div>
      <Button type="submit" disabled={isSubmitting}>{isSubmitting ? "Menyimpan…" : "Simpan data Tabel 5"}</Button>
    </form>
  );
}
