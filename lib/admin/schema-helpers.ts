import { z } from "zod";

/**
 * An optional text field: blank (or only spaces) becomes null, anything else must pass
 * `schema`. The output is again a valid input, so the value that react-hook-form hands
 * to a server action survives the action's own parse of the same schema.
 */
export function blankToNull<T extends z.ZodType<string, string>>(schema: T) {
  return z
    .string()
    .trim()
    .nullable()
    .transform((value) => (value ? value : null))
    .pipe(schema.nullable());
}

export const IdSchema = z.guid("Data tidak dikenal");

/** Input of the actions that act on one record by its id (deactivate, unlock…). */
export const RecordIdSchema = z.object({ id: IdSchema });
export type RecordId = z.infer<typeof RecordIdSchema>;

/** First value of a search parameter (Next.js gives string | string[] | undefined). */
export function firstParam(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
