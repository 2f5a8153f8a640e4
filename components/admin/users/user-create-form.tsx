"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import Link from "next/link";
import { useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { Button } from "@/components/ui/button";
import type { UnitOption } from "@/lib/admin/units/queries";
import { createUserAction } from "@/lib/admin/users/actions";
import { UserCreateSchema as FormSchema } from "@/lib/admin/users/schemas";
import { NoticeAlert } from "../notice";
import { callAction, failureNotice, type Notice } from "../submit";
import { PASSWORD_FIELDS, PasswordFields } from "./password-fields";
import { IDENTITY_FIELDS, UserIdentityFields } from "./user-identity-fields";

const EMPTY = { nip: "", email: "", name: "", role: "OPERATOR", unitId: "", password: "", passwordConfirm: "" } as const;
const FIELDS = [...IDENTITY_FIELDS, ...PASSWORD_FIELDS];

export function UserCreateForm({ units }: { units: UnitOption[] }) {
  const form = useForm({ resolver: zodResolver(FormSchema), defaultValues: EMPTY });
  const role = useWatch({ control: form.control, name: "role" });
  const [notice, setNotice] = useState<Notice | null>(null);
  const [created, setCreated] = useState<string | null>(null);
  const { errors, isSubmitting } = form.formState;
  const reg = (name: (typeof FIELDS)[number]) => form.register(name);

  const onSubmit = form.handleSubmit(async (values) => {
    setNotice(null);
    const result = await callAction(() => createUserAction(values));
    if (!result.ok) return setNotice(failureNotice(result, form.setError, FIELDS));
    setCreated(result.data.id);
    setNotice({ tone: "success", text: `Pengguna “${result.data.name}” berhasil ditambahkan. Sampaikan kata sandi awalnya secara langsung, bukan lewat grup percakapan.` });
    form.reset({ ...EMPTY, role: values.role, unitId: values.unitId ?? "" });
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5 rounded-xl border border-slate-200 bg-white p-4 sm:p-6">
      <NoticeAlert notice={notice}>
        {created && notice?.tone === "success" && (
          <span className="mt-1 block">
            <Link href={`/admin/users/${created}`} className="font-semibold underline">Buka pengguna ini</Link> ·{" "}
            <Link href="/admin/users" className="font-semibold underline">Kembali ke daftar</Link>
          </span>
        )}
      </NoticeAlert>
      <UserIdentityFields
        register={{ nip: reg("nip"), email: reg("email"), name: reg("name"), role: reg("role"), unitId: reg("unitId") }}
        errors={{ nip: errors.nip?.message, email: errors.email?.message, name: errors.name?.message, role: errors.role?.message, unitId: errors.unitId?.message }}
        role={role}
        units={units}
      />
      <PasswordFields
        register={{ password: reg("password"), passwordConfirm: reg("passwordConfirm") }}
        errors={{ password: errors.password?.message, passwordConfirm: errors.passwordConfirm?.message }}
      />
      <div className="flex flex-wrap gap-2">
        <Button type="submit" disabled={isSubmitting}>{isSubmitting ? "Menyimpan…" : "Simpan pengguna"}</Button>
        <Link href="/admin/users" className="inline-flex min-h-10 items-center px-2 text-sm font-medium text-slate-700 underline">Batal</Link>
      </div>
    </form>
  );
}
