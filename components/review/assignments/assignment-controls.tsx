"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { callAction } from "@/components/admin/submit";
import { deleteAssignmentAction, setAssignmentLeadAction } from "@/lib/review/assignments/actions";

type Props = { assignmentId: string; reviewerName: string; unitName: string; isLead: boolean };

/** "Jadikan ketua tim" and "Hapus" for one assigned reviewer. */
export function AssignmentControls({ assignmentId, reviewerName, unitName, isLead }: Props) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const run = async (call: () => ReturnType<typeof setAssignmentLeadAction>) => {
    setError(null);
    const result = await callAction(call);
    if (!result.ok) return setError(result.error);
    router.refresh();
  };
  return (
    <div className="flex flex-wrap items-center gap-2">
      {!isLead && (
        <Button variant="secondary" disabled={pending} onClick={() => startTransition(() => run(() => setAssignmentLeadAction({ id: assignmentId })))} aria-label={`Jadikan ${reviewerName} ketua tim`}>
          Jadikan ketua tim
        </Button>
      )}
      <ConfirmButton
        label="Hapus"
        title="Hapus penugasan?"
        description={`${reviewerName} tidak lagi menilai ${unitName} pada periode ini. Penilaian yang sudah disimpannya tetap ada.`}
        confirmLabel="Hapus penugasan"
        variant="danger"
        onConfirm={() => run(() => deleteAssignmentAction({ id: assignmentId }))}
      />
      {error && <Alert tone="error">{error}</Alert>}
    </div>
  );
}
