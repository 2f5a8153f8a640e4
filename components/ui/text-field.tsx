import type { ComponentProps } from "react";
import { controlA11y, controlClass, FormField } from "./form-field";

type Props = Omit<ComponentProps<"input">, "id" | "required"> & { id: string; label: string; error?: string; hint?: string; required?: boolean };

/** A labelled input; `register("name")` from react-hook-form spreads onto it (React 19 passes ref as a prop). */
export function TextField({ id, label, error, hint, required, className, ...input }: Props) {
  return (
    <FormField id={id} label={label} error={error} hint={hint} required={required} className={className}>
      <input id={id} className={controlClass} {...controlA11y(id, { error, hint, required })} {...input} />
    </FormField>
  );
}
