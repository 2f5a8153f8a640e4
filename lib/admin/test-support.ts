import type { z } from "zod";
import { flattenError } from "zod";
import type { ActionResult } from "@/lib/actions/result";
import { getTestDb } from "@/tests/support/db";
import { DomainError } from "@/lib/errors";

// For integration tests: what createAction does between the session check and the
// result (zod parse → mutation → DomainError as a typed failure), without a session.
export async function attempt<S extends z.ZodType, T>(schema: S, mutate: (input: z.infer<S>) => Promise<T>, raw: unknown): Promise<ActionResult<T>> {
  const parsed = schema.safeParse(raw);
  if (!parsed.success) return { ok: false, error: "invalid", fieldErrors: flattenError(parsed.error).fieldErrors };
  try {
    return { ok: true, data: await mutate(parsed.data) };
  } catch (error) {
    if (error instanceof DomainError) return { ok: false, error: error.message, fieldErrors: error.fieldErrors };
    throw error;
  }
}

/** Every audit event so far, oldest first; `json` is its before/after as text, for leak checks. */
export async function auditTrail() {
  const events = await getTestDb().auditEvent.findMany({ orderBy: { id: "asc" } });
  return events.map((e) => ({ action: e.action, entityId: e.entityId, actorId: e.actorId, before: e.before, after: e.after, json: JSON.stringify([e.before, e.after]) }));
}
