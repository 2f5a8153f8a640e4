"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { callAction } from "@/components/admin/submit";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { requestProposalPackageAction } from "@/lib/proposal/actions";

/** ADMIN's "Buat paket": the server records the package and queues its build; the list below shows it. */
export function PackageRequest({ roundId }: { roundId: string }) {
  const router = useRouter();
  const [includeEvidence, setIncludeEvidence] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const click = () =>
    start(async () => {
      setError(null);
      const result = await callAction(() => requestProposalPackageAction({ roundId, includeEvidence }));
      if (!result.ok) return setError(result.error);
      router.refresh();
    });
  return (
    <div className="space-y-2">
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" checked={includeEvidence} onChange={(e) => setIncludeEvidence(e.target.checked)} /> Sertakan berkas bukti dukung (paket bisa berukuran beberapa GB)
      </label>
      <Button onClick={click} disabled={pending}>{pending ? "Meminta…" : "Buat paket usulan (.zip)"}</Button>
      {error && <Alert tone="error">{error}</Alert>}
    </div>
  );
}
