import "server-only";
import { redirect } from "next/navigation";
import { cache } from "react";
import { getDb } from "@/lib/db/prisma";
import type { Role } from "@/lib/db/generated/enums";
import { auth } from "./auth";
import { findSessionUser, type SessionUser } from "./session-user";

export type { SessionUser } from "./session-user";

/**
 * The signed-in user as the database knows them now, or null. The JWT only names the user
 * and the session version it was issued with; role, unit, whether the account is still
 * active and whether the session was revoked come from the database, on every request.
 */
export const getSessionUser = cache(async (): Promise<SessionUser | null> => {
  const session = await auth();
  return findSessionUser({ db: getDb(), claims: session?.user });
});

/** For pages: the user, or a redirect to the login page / the forbidden page. */
export async function requirePageUser(roles: readonly Role[]): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) redirect("/login");
  if (!roles.includes(user.role)) redirect("/akses-ditolak");
  return user;
}
