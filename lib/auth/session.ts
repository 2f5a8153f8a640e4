import "server-only";
import { redirect } from "next/navigation";
import { cache } from "react";
import { z } from "zod";
import { getDb } from "@/lib/db/prisma";
import type { Role } from "@/lib/db/generated/enums";
import { auth } from "./auth";
import { ROLES } from "./roles";

export type SessionUser = { id: string; name: string; role: Role; unitId: string | null; unitName: string | null };

const SessionClaims = z.object({ id: z.string().uuid(), role: z.enum(ROLES) });

/**
 * The signed-in user as the database knows them now, or null. The JWT only names the
 * user; role, unit and whether the account is still active come from the database.
 */
export const getSessionUser = cache(async (): Promise<SessionUser | null> => {
  const session = await auth();
  const claims = SessionClaims.safeParse(session?.user);
  if (!claims.success) return null;
  const user = await getDb().user.findUnique({
    where: { id: claims.data.id },
    select: { id: true, name: true, role: true, unitId: true, active: true, unit: { select: { name: true } } },
  });
  if (!user || !user.active || user.role !== claims.data.role) return null;
  return { id: user.id, name: user.name, role: user.role, unitId: user.unitId, unitName: user.unit?.name ?? null };
});

/** For pages: the user, or a redirect to the login page / the forbidden page. */
export async function requirePageUser(roles: readonly Role[]): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) redirect("/login");
  if (!roles.includes(user.role)) redirect("/akses-ditolak");
  return user;
}
