"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import Link from "next/link";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { createUnitAction } from "@/lib/admin/units/actions";
import type { UnitOption } from "@/lib/admin/units/queries";
import { UnitCreateSchema } from "@/lib/admin/units/schemas";
import { NoticeAlert } from "../notice";
import { callAction, failureNotice, type Notice } from "../submit";
import { UNIT_FIELDS, UnitFields } from "./unit-fields";

const EMPTY = { code: "", name: "", kind: "OPD", parentId: "" } as const;

export function UnitCreateForm({ parents }: { parents: UnitOption[] }) {
  const form = useForm({ resolver: zodResolver(UnitCreateSchema), defaultValues: EMPTY });
  const [notice, setNotice] = useState<Notice | null>(null);
  const [created, setCreated] = useState<string | null>(null);
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setNotice(null);
    const result = await callAction(() => createUnitAction(values));
    if (!result.ok) return setNotice(failureNotice(result, form.setError, UNIT_FIELDS));
    setCreated(result.data.id);
    setNotice({ tone: "success", text: `Unit “${result.data.name}” berhasil ditambahkan. Isi formulir lagi untuk menambah unit lain.` });
    form.reset({ ...EMPTY, parentId: values.parentId ?? "" });
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5 rounded-xl border border-slate-200 bg-white p-4 sm:p-6">
      <NoticeAlert notice={notice}>
        {created && notice?.tone === "success" && (
          <span className="mt-1 block">
            <Link href={`/admin/units/${created}`} className="font-semibold underline">Buka unit ini</Link> ·{" "}
            <Link href="/admin/units" className="font-semibold underline">Kembali ke daftar</Link>
          </span>
        )}
      </NoticeAlert>
      <UnitFields
        register={{ code: form.register("code"), name: form.register("name"), kind: form.register("kind"), parentId: form.register("parentId") }}
        errors={{ code: errors.code?.message, name: errors.name?.message, kind: errors.kind?.message, parentId: errors.parentId?.message }}
        parents={parents.filter((unit) => unit.active)}
      />
      <div className="flex flex-wrap gap-2">
        <Button type="submit" disabled={isSubmitting}>{isSubmitting ? "Menyimpan…" : "Simpan unit"}</Button>
        <Link href="/admin/units" className="inline-flex min-h-10 items-center px-2 text-sm font-medium text-slate-700 underline">Batal</Link>
      </div>
    </form>
  );
}
