"use client";

import { type ReactNode, useId, useRef, useTransition } from "react";
import { Button, type ButtonVariant } from "./button";

type Props = {
  label: string;
  title: string;
  description: ReactNode;
  confirmLabel: string;
  variant?: ButtonVariant;
  onConfirm: () => Promise<void>;
};

/**
 * A button that asks first, in a native modal <dialog> (focus stays inside, Escape
 * cancels, focus returns to the button). "Batal" comes first so that it gets the focus.
 */
export function ConfirmButton({ label, title, description, confirmLabel, variant = "secondary", onConfirm }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [pending, startTransition] = useTransition();
  const id = useId();
  const confirm = () =>
    startTransition(async () => {
      await onConfirm();
      dialog.current?.close();
    });
  return (
    <>
      <Button variant={variant} onClick={() => dialog.current?.showModal()} disabled={pending}>
        {label}
      </Button>
      <dialog
        ref={dialog}
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-description`}
        className="m-auto w-[calc(100%-2rem)] max-w-md rounded-xl bg-white p-0 shadow-xl backdrop:bg-slate-900/50"
      >
        <div className="p-5">
          <h2 id={`${id}-title`} className="text-lg font-semibold">
            {title}
          </h2>
          <div id={`${id}-description`} className="mt-2 text-sm text-slate-700">
            {description}
          </div>
          <div className="mt-5 flex flex-wrap justify-end gap-2">
            <Button variant="secondary" onClick={() => dialog.current?.close()}>
              Batal
            </Button>
            <Button variant={variant === "secondary" ? "primary" : variant} onClick={confirm} disabled={pending}>
              {pending ? "Memproses…" : confirmLabel}
            </Button>
          </div>
        </div>
      </dialog>
    </>
  );
}
