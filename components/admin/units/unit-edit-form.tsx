"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { updateUnitAction } from "@/lib/admin/units/actions";
import type { UnitDetail, UnitOption } from "@/lib/admin/units/queries";
import { UnitUpdateSchema } from "@/lib/admin/units/schemas";
import { NoticeAlert } from "../notice";
import { callAction, failureNotice, type Notice } from "../submit";
import { UNIT_FIELDS, UnitFields } from "./unit-fields";

type Props = { unit: UnitDetail; parents: UnitOption[] };

export function UnitEditForm({ unit, parents }: Props) {
  const form = useForm({
    resolver: zodResolver(UnitUpdateSchema),
    defaultValues: { id: unit.id, code: unit.code, name: unit.name, kind: unit.kind, parentId: unit.parentId ?? "" },
  });
  const [notice, setNotice] = useState<Notice | null>(null);
  const { errors, isSubmitting, isDirty } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setNotice(null);
    const result = await callAction(() => updateUnitAction(values));
    if (!result.ok) return setNotice(failureNotice(result, form.setError, UNIT_FIELDS));
    setNotice({ tone: "success", text: `Perubahan unit “${result.data.name}” disimpan.` });
    form.reset({ ...values, parentId: values.parentId ?? "" });
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5 rounded-xl border border-slate-200 bg-white p-4 sm:p-6">
      <h2 className="text-lg font-semibold">Data unit</h2>
      <NoticeAlert notice={notice} />
      <UnitFields
        register={{ code: form.register("code"), name: form.register("name"), kind: form.register("kind"), parentId: form.register("parentId") }}
        errors={{ code: errors.code?.message, name: errors.name?.message, kind: errors.kind?.message, parentId: errors.parentId?.message }}
        parents={parents.filter((option) => option.id !== unit.id && (option.active || option.id === unit.parentId))}
      />
      <Button type="submit" disabled={isSubmitting || !isDirty}>{isSubmitting ? "Menyimpan…" : "Simpan perubahan"}</Button>
    </form>
  );
}
