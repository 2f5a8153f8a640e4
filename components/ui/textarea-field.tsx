import type { ComponentProps } from "react";
import { controlA11y, controlClass, FormField } from "./form-field";

type Props = Omit<ComponentProps<"textarea">, "id" | "required"> & { id: string; label: string; error?: string; hint?: string; required?: boolean };

/** A labelled multi-line input; `register("name")` from react-hook-form spreads onto it. */
export function TextareaField({ id, label, error, hint, required, className, rows = 3, ...textarea }: Props) {
  return (
    <FormField id={id} label={label} error={error} hint={hint} required={required} className={className}>
      <textarea id={id} rows={rows} className={controlClass} {...controlA11y(id, { error, hint, required })} {...textarea} />
    </FormField>
  );
}
