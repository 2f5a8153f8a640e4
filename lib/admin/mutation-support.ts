import "server-only";
import type { Db } from "@/lib/db/create-client";
import { Prisma } from "@/lib/db/generated/client";
import { DomainError } from "@/lib/errors";

/** The transaction client handed to `db.$transaction(async (tx) => …)`. */
export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

/** Every admin mutation takes the database, who acts, and the parsed input. */
/** actorId is null for a maintenance command run on the server (`npm run admin:create`). */
export type MutationOptions<I> = { db: Db; actorId: string | null; input: I };

export const CHECK_FIELDS = "Periksa kembali isian yang ditandai.";

export function fieldError(field: string, message: string): DomainError {
  return new DomainError(CHECK_FIELDS, { [field]: [message] });
}

/**
 * The column names and index name of a unique-constraint error (Prisma P2002), or null.
 * Through @prisma/adapter-pg the constraint arrives as meta.driverAdapterError.cause.constraint
 * (`{ index: "User_nip_key" }` or `{ fields: ["nip"] }`); the classic engine used meta.target.
 */
function violatedConstraint(error: unknown): string[] | null {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError) || error.code !== "P2002") return null;
  const meta: Record<string, unknown> = error.meta ?? {};
  const names: string[] = [];
  const collect = (value: unknown) => {
    if (typeof value === "string") names.push(value);
    if (Array.isArray(value)) value.forEach(collect);
  };
  collect(meta.target);
  const adapterError = meta.driverAdapterError;
  if (adapterError instanceof Error && typeof adapterError.cause === "object" && adapterError.cause !== null) {
    const constraint: unknown = Reflect.get(adapterError.cause, "constraint");
    if (typeof constraint === "object" && constraint !== null) {
      collect(Reflect.get(constraint, "fields"));
      collect(Reflect.get(constraint, "index"));
    }
  }
  return names;
}

/** Which of `fields` a unique-constraint error is about, or null when it is not one. */
export function uniqueViolationField(error: unknown, fields: readonly string[]): string | null {
  const names = violatedConstraint(error);
  if (!names) return null;
  return fields.find((field) => names.some((name) => name === field || name.endsWith(`_${field}_key`))) ?? null;
}

/**
 * Runs a write and turns a unique-constraint error into a field error. The mutations
 * check for duplicates first; this catches the race where two admins save the same
 * NIP/e-mail/code at the same moment.
 */
export async function withUniqueFieldErrors<T>(messages: Record<string, string>, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    const field = uniqueViolationField(error, Object.keys(messages));
    if (!field) throw error;
    throw fieldError(field, messages[field] ?? "Nilai ini sudah dipakai");
  }
}

/** The signed-in admin behind a change that records who made it (never a server command). */
export function requireActor(actorId: string | null): string {
  if (!actorId) throw new DomainError("Perubahan ini hanya dapat dilakukan oleh admin yang masuk ke portal.");
  return actorId;
}
