"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { NoticeAlert } from "@/components/admin/notice";
import { callAction, failureNotice, type Notice } from "@/components/admin/submit";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/select-field";
import { createAssignmentAction } from "@/lib/review/assignments/actions";
import type { ReviewerOption } from "@/lib/review/assignments/queries";
import { AssignmentCreateSchema } from "@/lib/review/assignments/schemas";

type Props = { periodId: string; unit: { id: string; name: string }; candidates: ReviewerOption[] };

/** Assigns one more TPI member to the unit, optionally as ketua tim. */
export function AssignForm({ periodId, unit, candidates }: Props) {
  const router = useRouter();
  const defaults = { periodId, unitId: unit.id, reviewerId: "", isLead: false };
  const form = useForm({ resolver: zodResolver(AssignmentCreateSchema), defaultValues: defaults });
  const [notice, setNotice] = useState<Notice | null>(null);
  const { isSubmitting, errors } = form.formState;
  const id = (suffix: string) => `assign-${unit.id}-${suffix}`;

  const onSubmit = form.handleSubmit(async (values) => {
    setNotice(null);
    const result = await callAction(() => createAssignmentAction(values));
    if (!result.ok) return setNotice(failureNotice(result, form.setError, ["reviewerId"]));
    form.reset(defaults);
    router.refresh();
  });

  if (candidates.length === 0) return <p className="text-sm text-slate-600">Semua anggota TPI aktif sudah ditugaskan ke unit ini.</p>;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-2" aria-label={`Tugaskan TPI ke ${unit.name}`}>
      <NoticeAlert notice={notice} />
      <div className="flex flex-wrap items-end gap-3">
        <SelectField id={id("reviewer")} label="Anggota TPI" error={errors.reviewerId?.message} className="min-w-56 flex-1" {...form.register("reviewerId")}>
          <option value="">— pilih —</option>
          {candidates.map((c) => (
            <option key={c.id} value={c.id}>{c.name}{c.nip ? ` (${c.nip})` : ""}</option>
          ))}
        </SelectField>
        <label htmlFor={id("lead")} className="flex min-h-10 items-center gap-2 text-sm">
          <input id={id("lead")} type="checkbox" className="h-4 w-4" {...form.register("isLead")} />
          Sebagai ketua tim
        </label>
        <Button type="submit" disabled={isSubmitting}>{isSubmitting ? "Menugaskan…" : "Tugaskan"}</Button>
      </div>
    </form>
  );
}
