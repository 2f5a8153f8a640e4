import type { FieldPath, FieldValues, UseFormSetError } from "react-hook-form";
import type { ActionResult } from "@/lib/actions/result";
import { applyServerFieldErrors } from "@/lib/admin/form-errors";

export type Notice = { tone: "success" | "error"; text: string };

const OFFLINE = "Tidak dapat menghubungi server. Periksa koneksi Anda lalu coba lagi.";

/** Calls a server action; a network failure becomes a failed result instead of an exception. */
export async function callAction<T>(call: () => Promise<ActionResult<T>>): Promise<ActionResult<T>> {
  try {
    return await call();
  } catch {
    return { ok: false, error: OFFLINE };
  }
}

/** The notice for a failed result, after its field errors went onto the form's fields. */
export function failureNotice<T extends FieldValues>(
  result: { error: string; fieldErrors?: Record<string, string[] | undefined> },
  setError: UseFormSetError<T>,
  fields: readonly FieldPath<T>[],
): Notice {
  const unplaced = applyServerFieldErrors(setError, result.fieldErrors, fields);
  return { tone: "error", text: [result.error, ...unplaced].join(" ") };
}
