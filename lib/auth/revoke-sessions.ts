import "server-only";
import { appendAuditEvent } from "@/lib/audit/record-event";
import type { Db } from "@/lib/db/create-client";
import type { Prisma } from "@/lib/db/generated/client";
import { SessionClaimsSchema } from "./session-user";

// Ending sessions. A JWT session cannot be deleted on the server, so each user has a session
// version (User.sessionVersion) that every session carries and lib/auth/session-user.ts
// compares on every request; raising it ends every session issued before.
//
// Why a version and not a list of revoked token ids: the check rides on the user row that is
// read on every request anyway (no second query, no table to grow and clean up), and the same
// step also serves a password reset and a deactivation, which must end every session. The
// price: signing out ends the account's sessions on other devices too — on a portal used from
// office PCs, often shared, that is the safer reading of "Keluar".

/** Ends every session of the user; call inside the transaction that changes the account. */
export async function revokeSessions(tx: Prisma.TransactionClient, userId: string): Promise<void> {
  await tx.user.update({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
}

/**
 * Sign-out (Auth.js's signOut event, from the "Keluar" button or POST /api/auth/signout): ends
 * the user's sessions and records it, but only for a session that is still current, so a
 * revoked cookie cannot write sign-out events.
 */
export async function signOutSessions({ db, claims }: { db: Db; claims: unknown }): Promise<boolean> {
  const parsed = SessionClaimsSchema.safeParse(claims);
  if (!parsed.success) return false;
  const { id, sessionVersion } = parsed.data;
  return db.$transaction(async (tx) => {
    const ended = await tx.user.updateMany({ where: { id, sessionVersion }, data: { sessionVersion: { increment: 1 } } });
    if (ended.count === 0) return false;
    const user = await tx.user.findUniqueOrThrow({ where: { id }, select: { unitId: true } });
    await appendAuditEvent(tx, { actorId: id, action: "auth.sign_out", entityType: "User", entityId: id, unitId: user.unitId });
    return true;
  });
}
