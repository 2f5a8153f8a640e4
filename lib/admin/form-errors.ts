import type { FieldPath, FieldValues, UseFormSetError } from "react-hook-form";
import type { FieldErrors } from "@/lib/actions/result";

/**
 * Puts the server's field errors (zod's flattened errors or a DomainError's) onto the
 * react-hook-form fields of the same name, and focuses the first of them. Returns the
 * keys it could not place, so the caller can still show them in the form's summary.
 */
export function applyServerFieldErrors<T extends FieldValues>(
  setError: UseFormSetError<T>,
  fieldErrors: FieldErrors | undefined,
  fields: readonly FieldPath<T>[],
): string[] {
  const unplaced: string[] = [];
  let focused = false;
  for (const [key, messages] of Object.entries(fieldErrors ?? {})) {
    if (!messages?.length) continue;
    const field = fields.find((f) => f === key);
    if (!field) {
      unplaced.push(...messages);
      continue;
    }
    setError(field, { type: "server", message: messages.join(" ") }, { shouldFocus: !focused });
    focused = true;
  }
  return unplaced;
}
