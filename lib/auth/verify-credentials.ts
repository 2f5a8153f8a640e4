import { recordAuditEvent } from "@/lib/audit/record-event";
import type { Db } from "@/lib/db/create-client";
import type { Role } from "@/lib/db/generated/client";
import { classifyIdentifier } from "./identifier";
import { spendVerifyTime, verifyPassword } from "./password";

export const MAX_FAILED_SIGN_INS = 5;
export const LOCK_MINUTES = 15;

export type AuthenticatedUser = { id: string; name: string; email: string | null; role: Role; unitId: string | null; sessionVersion: number };
export type SignInFailure = "invalid" | "locked" | "inactive";
export type VerifyResult = { ok: true; user: AuthenticatedUser } | { ok: false; reason: SignInFailure; lockedUntil?: Date };

type VerifyOptions = { db: Db; identifier: string; password: string; ip?: string | null; now?: Date };

/**
 * Checks a NIP/e-mail and password. Five wrong passwords in a row lock the account for
 * fifteen minutes; every sign-in and every failure is an audit event with its reason.
 *
 * The reason is for the audit trail only: the caller shows one message for all of them, and
 * every path verifies one Argon2 hash (the user's, or a decoy for an unknown identifier),
 * so neither the answer nor its time tells whether an account exists, is locked or inactive.
 */
export async function verifyCredentials({ db, identifier, password, ip = null, now = new Date() }: VerifyOptions): Promise<VerifyResult> {
  const key = classifyIdentifier(identifier);
  const user = key
    ? await db.user.findUnique({ where: "nip" in key ? { nip: key.nip } : { email: key.email }, omit: { passwordHash: false } })
    : null;
  const fail = async (reason: SignInFailure, userId: string | null, lockedUntil?: Date): Promise<VerifyResult> => {
    await recordAuditEvent(db, {
      actorId: userId,
      action: "auth.sign_in_failed",
      entityType: "User",
      entityId: userId,
      after: { reason, identifier: identifier.trim().slice(0, 254) },
      ip,
    });
    return { ok: false, reason, lockedUntil };
  };

  // Before any branch, so that all of them take the time of one hash verification.
  const passwordOk = user ? await verifyPassword(user.passwordHash, password) : (await spendVerifyTime(password), false);
  if (!user) return fail("invalid", null);
  if (user.lockedUntil && user.lockedUntil > now) return fail("locked", user.id, user.lockedUntil);

  if (!passwordOk) {
    const updated = await db.user.update({ where: { id: user.id }, data: { failedLoginCount: { increment: 1 } } });
    if (updated.failedLoginCount >= MAX_FAILED_SIGN_INS) {
      const lockedUntil = new Date(now.getTime() + LOCK_MINUTES * 60_000);
      await db.user.update({ where: { id: user.id }, data: { failedLoginCount: 0, lockedUntil } });
      return fail("locked", user.id, lockedUntil);
    }
    return fail("invalid", user.id);
  }
  if (!user.active) return fail("inactive", user.id);

  await db.user.update({ where: { id: user.id }, data: { failedLoginCount: 0, lockedUntil: null, lastLoginAt: now } });
  await recordAuditEvent(db, { actorId: user.id, action: "auth.sign_in", entityType: "User", entityId: user.id, unitId: user.unitId, ip });
  const { id, name, email, role, unitId, sessionVersion } = user;
  return { ok: true, user: { id, name, email, role, unitId, sessionVersion } };
}
