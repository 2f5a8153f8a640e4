"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { callAction } from "@/components/admin/submit";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextareaField } from "@/components/ui/textarea-field";
import { approveProposalRoundAction } from "@/lib/proposal/actions";

/** PIMPINAN's approval; after the deadline the reason is required (the server says so if missing). */
export function ApproveForm({ roundId, late }: { roundId: string; late: boolean }) {
  const router = useRouter();
  const [reason, setReason] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const submit = () =>
    start(async () => {
      setError(null);
      const result = await callAction(() => approveProposalRoundAction({ roundId, lateReason: reason }));
      if (!result.ok) return setError(result.error);
      router.refresh();
    });
  return (
    <div className="space-y-3">
      {error && <Alert tone="error">{error}</Alert>}
      {late && <TextareaField id="lateReason" label="Alasan keterlambatan" required value={reason} onChange={(e) => setReason(e.target.value)} hint="Batas pengusulan sudah lewat; usulan terlambat dicatat bersama alasannya." />}
      <Button onClick={submit} disabled={pending}>{pending ? "Memproses…" : "Setujui usulan ke TPN"}</Button>
    </div>
  );
}
