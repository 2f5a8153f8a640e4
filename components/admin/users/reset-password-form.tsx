"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { resetUserPasswordAction } from "@/lib/admin/users/actions";
import { ResetPasswordSchema as FormSchema } from "@/lib/admin/users/schemas";
import { NoticeAlert } from "../notice";
import { callAction, failureNotice, type Notice } from "../submit";
import { PASSWORD_FIELDS, PasswordFields } from "./password-fields";


/** The admin sets a new password; it also lifts a lock from failed sign-ins. */
export function ResetPasswordForm({ userId, userName }: { userId: string; userName: string }) {
  const form = useForm({ resolver: zodResolver(FormSchema), defaultValues: { id: userId, password: "", passwordConfirm: "" } });
  const [notice, setNotice] = useState<Notice | null>(null);
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setNotice(null);
    const result = await callAction(() => resetUserPasswordAction(values));
    if (!result.ok) return setNotice(failureNotice(result, form.setError, PASSWORD_FIELDS));
    setNotice({ tone: "success", text: `Kata sandi “${userName}” diganti dan kunci akun (bila ada) dibuka. Sampaikan kata sandi baru secara langsung.` });
    form.reset({ id: userId, password: "", passwordConfirm: "" });
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="reset-password" className="space-y-4 rounded-xl border border-slate-200 bg-white p-4 sm:p-6">
      <h2 id="reset-password" className="text-lg font-semibold">Atur ulang kata sandi</h2>
      <NoticeAlert notice={notice} />
      <PasswordFields
        label="Kata sandi baru"
        register={{ password: form.register("password"), passwordConfirm: form.register("passwordConfirm") }}
        errors={{ password: errors.password?.message, passwordConfirm: errors.passwordConfirm?.message }}
      />
      <Button type="submit" disabled={isSubmitting}>{isSubmitting ? "Menyimpan…" : "Ganti kata sandi"}</Button>
    </form>
  );
}
