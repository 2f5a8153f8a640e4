import type { ComponentProps } from "react";
import { controlA11y, controlClass, FormField } from "./form-field";

type Props = Omit<ComponentProps<"select">, "id" | "required"> & { id: string; label: string; error?: string; hint?: string; required?: boolean };

export function SelectField({ id, label, error, hint, required, className, children, ...select }: Props) {
  return (
    <FormField id={id} label={label} error={error} hint={hint} required={required} className={className}>
      <select id={id} className={controlClass} {...controlA11y(id, { error, hint, required })} {...select}>
        {children}
      </select>
    </FormField>
  );
}
