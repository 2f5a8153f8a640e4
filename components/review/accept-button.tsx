"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { acceptUnitAnswersAction } from "@/lib/review/actions";
import type { AcceptUnitAnswersInput } from "@/lib/review/schemas";

type Props = { input: AcceptUnitAnswersInput; label: string; pendingCount: number };

/** "Terima jawaban unit": the TPI takes over the unit's value for every question it has not decided. */
export function AcceptButton({ input, label, pendingCount }: Props) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<{ tone: "ok" | "error"; text: string } | null>(null);
  const accept = () =>
    startTransition(async () => {
      const result = await acceptUnitAnswersAction(input).catch(() => ({ ok: false as const, error: "Tidak dapat menghubungi server. Coba lagi." }));
      if (!result.ok) return setMessage({ tone: "error", text: result.error });
      setMessage({ tone: "ok", text: `${result.data.accepted.length} jawaban unit diterima.` });
      router.refresh();
    });
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <Button variant="secondary" onClick={accept} disabled={pending || pendingCount === 0}>
        {pending ? "Memproses…" : `${label} (${pendingCount})`}
      </Button>
      {message && (
        <span role={message.tone === "error" ? "alert" : "status"} className={`text-sm ${message.tone === "error" ? "text-red-700" : "text-slate-700"}`}>
          {message.text}
        </span>
      )}
    </span>
  );
}
