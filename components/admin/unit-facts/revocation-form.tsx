"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { revokeUnitPredicateAction } from "@/lib/unit-facts/actions";
import { TARGET_LABELS } from "@/lib/unit-facts/labels";
import type { UnitPredicateView } from "@/lib/unit-facts/queries";
import { PredicateRevocationSchema } from "@/lib/unit-facts/schemas";
import { NoticeAlert } from "../notice";
import { callAction, failureNotice, type Notice } from "../submit";

const FIELDS = ["revocationNumber", "revokedOn"] as const;

/** Records the revocation of one predicate: opened from a disclosure, so the list stays short. */
export function RevocationForm({ predicate, today }: { predicate: UnitPredicateView; today: string }) {
  const router = useRouter();
  const form = useForm({ resolver: zodResolver(PredicateRevocationSchema), defaultValues: { predicateId: predicate.id, revocationNumber: "", revokedOn: "" } });
  const [notice, setNotice] = useState<Notice | null>(null);
  const { errors, isSubmitting } = form.formState;
  const id = (field: string) => `${field}-${predicate.id}`;
  const name = `${TARGET_LABELS[predicate.predicate]} ${predicate.year}`;

  const onSubmit = form.handleSubmit(async (values) => {
    setNotice(null);
    const result = await callAction(() => revokeUnitPredicateAction(values));
    if (!result.ok) return setNotice(failureNotice(result, form.setError, FIELDS));
    router.refresh();
  });

  return (
    <details className="rounded-md border border-slate-200 p-3">
      <summary className="cursor-pointer text-sm font-semibold text-red-800">Catat pencabutan {name}</summary>
      <form onSubmit={onSubmit} noValidate aria-label={`Pencabutan ${name}`} className="mt-3 space-y-3">
        <NoticeAlert notice={notice} />
        <div className="grid gap-3 sm:grid-cols-2">
          <TextField id={id("revocationNumber")} label="Nomor keputusan pencabutan" required error={errors.revocationNumber?.message} {...form.register("revocationNumber")} />
          <TextField id={id("revokedOn")} label="Tanggal pencabutan" type="date" min={predicate.decreeDate} max={today} required error={errors.revokedOn?.message} {...form.register("revokedOn")} />
        </div>
        <Button type="submit" variant="danger" disabled={isSubmitting}>{isSubmitting ? "Menyimpan…" : "Simpan pencabutan"}</Button>
      </form>
    </details>
  );
}
