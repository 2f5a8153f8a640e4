"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { callAction } from "@/components/admin/submit";
import { Alert } from "@/components/ui/alert";
import { Button, type ButtonVariant } from "@/components/ui/button";
import type { ActionResult } from "@/lib/actions/result";

// A server action and its (serializable) input rather than a closure: server components render
// this button too, and only a server action may cross to the client as a function.
type Props<I> = { label: string; pendingLabel?: string; variant?: ButtonVariant; action: (input: I) => Promise<ActionResult<unknown>>; input: I };

/** One click, one server action with a fixed input; the refusal is shown next to the button. */
export function ActionButton<I>({ label, pendingLabel = "Memproses…", variant = "secondary", action, input }: Props<I>) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const click = () =>
    start(async () => {
      setError(null);
      const result = await callAction(() => action(input));
      if (!result.ok) return setError(result.error);
      router.refresh();
    });
  return (
    <span className="inline-flex flex-col gap-1">
      <Button variant={variant} onClick={click} disabled={pending}>{pending ? pendingLabel : label}</Button>
      {error && <Alert tone="error">{error}</Alert>}
    </span>
  );
}
