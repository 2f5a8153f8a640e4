"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { Button } from "@/components/ui/button";
import type { UnitOption } from "@/lib/admin/units/queries";
import { updateUserAction } from "@/lib/admin/users/actions";
import type { UserDetail } from "@/lib/admin/users/queries";
import { UserUpdateSchema } from "@/lib/admin/users/schemas";
import { NoticeAlert } from "../notice";
import { callAction, failureNotice, type Notice } from "../submit";
import { IDENTITY_FIELDS, UserIdentityFields } from "./user-identity-fields";

type Props = { user: UserDetail; units: UnitOption[]; isSelf: boolean };

export function UserEditForm({ user, units, isSelf }: Props) {
  const form = useForm({
    resolver: zodResolver(UserUpdateSchema),
    defaultValues: { id: user.id, nip: user.nip ?? "", email: user.email ?? "", name: user.name, role: user.role, unitId: user.unitId ?? "" },
  });
  const role = useWatch({ control: form.control, name: "role" });
  const [notice, setNotice] = useState<Notice | null>(null);
  const { errors, isSubmitting, isDirty } = form.formState;
  const reg = (name: (typeof IDENTITY_FIELDS)[number]) => form.register(name);

  const onSubmit = form.handleSubmit(async (values) => {
    setNotice(null);
    const result = await callAction(() => updateUserAction(values));
    if (!result.ok) return setNotice(failureNotice(result, form.setError, IDENTITY_FIELDS));
    setNotice({ tone: "success", text: `Data “${result.data.name}” disimpan.` });
    form.reset({ ...values, nip: values.nip ?? "", email: values.email ?? "", unitId: values.unitId ?? "" });
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5 rounded-xl border border-slate-200 bg-white p-4 sm:p-6">
      <h2 className="text-lg font-semibold">Data pengguna</h2>
      <NoticeAlert notice={notice} />
      {isSelf && <p className="text-sm text-slate-600">Ini akun Anda sendiri: peran tidak dapat Anda ubah.</p>}
      <UserIdentityFields
        register={{ nip: reg("nip"), email: reg("email"), name: reg("name"), role: reg("role"), unitId: reg("unitId") }}
        errors={{ nip: errors.nip?.message, email: errors.email?.message, name: errors.name?.message, role: errors.role?.message, unitId: errors.unitId?.message }}
        role={role}
        units={units}
        currentUnitId={user.unitId}
      />
      <Button type="submit" disabled={isSubmitting || !isDirty}>{isSubmitting ? "Menyimpan…" : "Simpan perubahan"}</Button>
    </form>
  );
}
