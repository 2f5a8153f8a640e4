import "server-only";
import { unstable_rethrow } from "next/navigation";
import { z } from "zod";
import { getSessionUser, type SessionUser } from "@/lib/auth/session";
import type { Db } from "@/lib/db/create-client";
import type { Role } from "@/lib/db/generated/enums";
import { getDb } from "@/lib/db/prisma";
import { DomainError, GENERIC_ERROR, SERVICE_UNAVAILABLE } from "@/lib/errors";
import type { ActionResult } from "./result";

type Handler<I, T> = (ctx: { input: I; user: SessionUser; db: Db }) => Promise<T>;

/**
 * The one wrapper every server action goes through: session → role → zod parse →
 * handler (which scopes its queries by the caller's unit) → typed result.
 * (STYLE.md "Data and authority"; dub `safe-action.ts`, saas-starter `validatedActionWithUser`.)
 */
export function createAction<S extends z.ZodType, T>(options: {
  roles: readonly Role[];
  schema: S;
  handler: Handler<z.infer<S>, T>;
}): (input: unknown) => Promise<ActionResult<T>> {
  return async (raw) => {
    let user: SessionUser | null;
    try {
      user = await getSessionUser(); // reads the database: the first thing to fail in an outage
    } catch (error) {
      unstable_rethrow(error);
      console.error("[action] session lookup failed", error);
      return { ok: false, error: SERVICE_UNAVAILABLE, retryable: true };
    }
    if (!user) return { ok: false, error: "Sesi Anda berakhir. Silakan masuk kembali." };
    if (!options.roles.includes(user.role)) return { ok: false, error: "Anda tidak berwenang melakukan tindakan ini." };
    const parsed = options.schema.safeParse(raw);
    if (!parsed.success) {
      return { ok: false, error: "Periksa kembali isian yang ditandai.", fieldErrors: z.flattenError(parsed.error).fieldErrors };
    }
    try {
      return { ok: true, data: await options.handler({ input: parsed.data, user, db: getDb() }) };
    } catch (error) {
      unstable_rethrow(error);
      if (error instanceof DomainError) return { ok: false, error: error.message, fieldErrors: error.fieldErrors };
      console.error("[action] unexpected failure", error);
      return { ok: false, error: GENERIC_ERROR, retryable: true };
    }
  };
}
