import "server-only";
import { z } from "zod";
import type { Db } from "@/lib/db/create-client";
import type { Role } from "@/lib/db/generated/enums";
import { ROLES } from "./roles";

export type SessionUser = { id: string; name: string; role: Role; unitId: string | null; unitName: string | null };

// What the signed session cookie claims. `sessionVersion` is the user's version when the
// session was issued; a session from before the version field existed has none and is refused.
export const SessionClaimsSchema = z.object({ id: z.string().uuid(), role: z.enum(ROLES), sessionVersion: z.number().int() });
export type SessionClaims = z.infer<typeof SessionClaimsSchema>;

/**
 * The user a session names, as the database knows them now, or null when the session no
 * longer counts: the account is gone or inactive, its role changed, or its session version was
 * raised since (password reset, deactivation, sign-out — lib/auth/revoke-sessions.ts).
 * A signed JWT cannot be recalled, so this comparison is what ends a copied cookie.
 */
export async function findSessionUser({ db, claims }: { db: Db; claims: unknown }): Promise<SessionUser | null> {
  const parsed = SessionClaimsSchema.safeParse(claims);
  if (!parsed.success) return null;
  const user = await db.user.findUnique({
    where: { id: parsed.data.id },
    select: { id: true, name: true, role: true, unitId: true, active: true, sessionVersion: true, unit: { select: { name: true } } },
  });
  if (!user || !user.active || user.role !== parsed.data.role || user.sessionVersion !== parsed.data.sessionVersion) return null;
  return { id: user.id, name: user.name, role: user.role, unitId: user.unitId, unitName: user.unit?.name ?? null };
}
