"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { TextareaField } from "@/components/ui/textarea-field";
import { reopenPeriodAction } from "@/lib/admin/periods/actions";
import { PeriodReopenSchema } from "@/lib/admin/periods/schemas";
import { NoticeAlert } from "../notice";
import { callAction, failureNotice, type Notice } from "../submit";

/** Reopening needs a written reason; it is kept in the audit trail. */
export function PeriodReopenForm({ periodId }: { periodId: string }) {
  const router = useRouter();
  const form = useForm({ resolver: zodResolver(PeriodReopenSchema), defaultValues: { id: periodId, reason: "" } });
  const [notice, setNotice] = useState<Notice | null>(null);
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setNotice(null);
    const result = await callAction(() => reopenPeriodAction(values));
    if (!result.ok) return setNotice(failureNotice(result, form.setError, ["reason"]));
    form.reset({ id: periodId, reason: "" });
    router.refresh();
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3">
      <NoticeAlert notice={notice} />
      <TextareaField
        id="reason"
        label="Alasan membuka kembali"
        required
        hint="Misalnya dasar surat perpanjangan. Bila batas waktu sudah lewat, ubah juga batas waktunya setelah periode dibuka."
        error={errors.reason?.message}
        {...form.register("reason")}
      />
      <Button type="submit" disabled={isSubmitting}>{isSubmitting ? "Membuka…" : "Buka kembali periode"}</Button>
    </form>
  );
}
