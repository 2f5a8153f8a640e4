import type { ReactNode } from "react";
import { FieldError } from "./field-error";

export const controlClass =
  "mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-base shadow-sm aria-[invalid=true]:border-red-600 sm:text-sm";

type A11y = { "aria-invalid"?: true; "aria-describedby"?: string; "aria-required"?: true };

/** The aria attributes that tie a control to its hint and error text. */
export function controlA11y(id: string, { error, hint, required }: { error?: string; hint?: string; required?: boolean }): A11y {
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ");
  return {
    ...(error ? { "aria-invalid": true } : {}),
    ...(describedBy ? { "aria-describedby": describedBy } : {}),
    ...(required ? { "aria-required": true } : {}),
  };
}

type Props = { id: string; label: string; error?: string; hint?: string; required?: boolean; className?: string; children: ReactNode };

/** Label, control, hint and error of one form field. */
export function FormField({ id, label, error, hint, required, className, children }: Props) {
  return (
    <div className={className}>
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
        {required && <span className="text-red-700"> *<span className="sr-only">(wajib)</span></span>}
      </label>
      {children}
      {hint && (
        <p id={`${id}-hint`} className="mt-1 text-xs text-slate-600">
          {hint}
        </p>
      )}
      <FieldError id={`${id}-error`} errors={error ? [error] : undefined} />
    </div>
  );
}
