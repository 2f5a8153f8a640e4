"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { NoticeAlert } from "@/components/admin/notice";
import { callAction, failureNotice, type Notice } from "@/components/admin/submit";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import { createApiKeyAction } from "@/lib/api-keys/actions";
import { CreateApiKeySchema } from "@/lib/api-keys/schemas";

const FIELDS = ["name", "periodId", "expiresOn"] as const;
type Values = { name: string; periodId: string; expiresOn: string };

/** Creates a key and shows it once: it is kept only as a hash. */
export function ApiKeyForm({ periods }: { periods: { id: string; name: string }[] }) {
  const router = useRouter();
  const form = useForm<Values>({ resolver: zodResolver(CreateApiKeySchema) as never, defaultValues: { name: "", periodId: periods[0]?.id ?? "", expiresOn: "" } });
  const [notice, setNotice] = useState<Notice | null>(null);
  const [shown, setShown] = useState<string | null>(null);
  const { errors, isSubmitting } = form.formState;
  const onSubmit = form.handleSubmit(async (values) => {
    setNotice(null);
    setShown(null);
    const result = await callAction(() => createApiKeyAction(values));
    if (!result.ok) return setNotice(failureNotice(result, form.setError, FIELDS));
    setShown(result.data.key);
    form.reset({ ...values, name: "" });
    router.refresh();
  });
  return (
    <form onSubmit={onSubmit} noValidate aria-label="Buat kunci API" className="space-y-3 rounded-xl border border-slate-200 bg-white p-4 sm:p-6">
      <h2 className="text-lg font-semibold">Buat kunci API</h2>
      <NoticeAlert notice={notice} />
      {shown && (
        <Alert tone="success">
          Salin kunci ini sekarang; portal tidak dapat menampilkannya lagi:{" "}
          <code data-testid="new-api-key" className="break-all font-mono">{shown}</code>
        </Alert>
      )}
      <div className="grid gap-3 sm:grid-cols-3">
        <TextField id="name" label="Nama (pemakai kunci)" required error={errors.name?.message} {...form.register("name")} />
        <SelectField id="periodId" label="Periode" required error={errors.periodId?.message} {...form.register("periodId")}>
          {periods.map((p) => <option key={p.id} value={p.id}>{p.name}</option>)}
        </SelectField>
        <TextField id="expiresOn" label="Berlaku sampai (kosong: tanpa batas)" type="date" error={errors.expiresOn?.message} {...form.register("expiresOn")} />
      </div>
      <Button type="submit" disabled={isSubmitting}>{isSubmitting ? "Membuat…" : "Buat kunci"}</Button>
    </form>
  );
}
