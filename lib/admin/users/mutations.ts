import "server-only";
import { appendAuditEvent } from "@/lib/audit/record-event";
import { hashPassword } from "@/lib/auth/password";
import { revokeSessions } from "@/lib/auth/revoke-sessions";
import type { Db } from "@/lib/db/create-client";
import type { Prisma } from "@/lib/db/generated/client";
import type { Role, UnitKind } from "@/lib/db/generated/enums";
import { DomainError } from "@/lib/errors";
import { CHECK_FIELDS, fieldError, type MutationOptions, type Tx, withUniqueFieldErrors } from "../mutation-support";
import { ROLES_WITH_UNIT } from "@/lib/auth/roles";
import type { RecordId } from "../schema-helpers";
import { ROLE_UNIT_RULE, unitKindFitsRole, type ResetPasswordInput, type UserCreateInput, type UserUpdateInput } from "./schemas";

const UNIQUE_MESSAGES = { nip: "NIP ini sudah terdaftar untuk pengguna lain", email: "E-mail ini sudah terdaftar untuk pengguna lain" };
const NOT_FOUND = "Pengguna tidak ditemukan.";

// Never passwordHash: audit events are read by people who must not see it.
const auditedColumns = { nip: true, email: true, name: true, role: true, unitId: true, active: true, failedLoginCount: true, lockedUntil: true } as const;
type AuditedUser = { nip: string | null; email: string | null; name: string; role: Role; unitId: string | null; active: boolean; failedLoginCount: number; lockedUntil: Date | null };

function snapshot(user: AuditedUser) {
  return { ...user, lockedUntil: user.lockedUntil?.toISOString() ?? null };
}

async function findUser(tx: Tx, id: string): Promise<AuditedUser> {
  const user = await tx.user.findUnique({ where: { id }, select: auditedColumns });
  if (!user) throw new DomainError(NOT_FOUND);
  return user;
}

/** Refuses a NIP or e-mail that another user already has; reports both at once. */
async function assertIdentifiersFree(tx: Tx, input: { nip: string | null; email: string | null }, exceptId?: string) {
  const others = await tx.user.findMany({
    where: {
      OR: [...(input.nip ? [{ nip: input.nip }] : []), ...(input.email ? [{ email: input.email }] : [])],
      ...(exceptId ? { id: { not: exceptId } } : {}),
    },
    select: { nip: true, email: true },
  });
  const fieldErrors: Record<string, string[]> = {};
  if (input.nip && others.some((o) => o.nip === input.nip)) fieldErrors.nip = [UNIQUE_MESSAGES.nip];
  if (input.email && others.some((o) => o.email === input.email)) fieldErrors.email = [UNIQUE_MESSAGES.email];
  if (Object.keys(fieldErrors).length > 0) throw new DomainError(CHECK_FIELDS, fieldErrors);
}

/**
 * Why the unit cannot hold a user of this role, or null when it can. The unit row is
 * share-locked so that it cannot be deactivated (or change kind) until this transaction ends.
 */
async function unitProblem(tx: Tx, role: Role, unitId: string | null): Promise<string | null> {
  if (!unitId) return ROLES_WITH_UNIT.includes(role) ? `${ROLE_UNIT_RULE[role] ?? "Peran ini harus memiliki unit kerja"}` : null;
  const [unit] = await tx.$queryRaw<{ name: string; kind: UnitKind; active: boolean }[]>`
    SELECT name, kind::text AS kind, active FROM "Unit" WHERE id = ${unitId}::uuid FOR SHARE`;
  if (!unit) return "Unit kerja tidak ditemukan";
  if (!unit.active) return `Unit “${unit.name}” nonaktif; pilih unit yang aktif`;
  if (!unitKindFitsRole(role, unit.kind)) return `${ROLE_UNIT_RULE[role]}; “${unit.name}” tidak memenuhi`;
  return null;
}

async function assertUnitFitsRole(tx: Tx, role: Role, unitId: string | null) {
  const problem = await unitProblem(tx, role, unitId);
  if (problem) throw fieldError("unitId", problem);
}

export async function createUser({ db, actorId, input }: MutationOptions<UserCreateInput>) {
  const { password, passwordConfirm: _confirm, ...data } = input;
  const passwordHash = await hashPassword(password); // before the transaction: Argon2 is slow on purpose
  return withUniqueFieldErrors(UNIQUE_MESSAGES, () =>
    db.$transaction(async (tx) => {
      await assertIdentifiersFree(tx, data);
      await assertUnitFitsRole(tx, data.role, data.unitId);
      const user = await tx.user.create({ data: { ...data, passwordHash }, select: { id: true, ...auditedColumns } });
      const { id, ...after } = user;
      await appendAuditEvent(tx, { actorId, action: "user.create", entityType: "User", entityId: id, unitId: user.unitId, after: snapshot(after) });
      return { id, name: user.name };
    }),
  );
}

export async function updateUser({ db, actorId, input }: MutationOptions<UserUpdateInput>) {
  const { id, ...data } = input;
  return withUniqueFieldErrors(UNIQUE_MESSAGES, () =>
    db.$transaction(async (tx) => {
      const before = await findUser(tx, id);
      if (id === actorId && data.role !== before.role) throw fieldError("role", "Anda tidak dapat mengubah peran akun Anda sendiri");
      await assertIdentifiersFree(tx, data, id);
      // An inactive account may keep the unit it had; it must fit again before reactivation.
      if (before.active || data.unitId !== before.unitId || data.role !== before.role) await assertUnitFitsRole(tx, data.role, data.unitId);
      const after = await tx.user.update({ where: { id }, data, select: auditedColumns });
      await appendAuditEvent(tx, { actorId, action: "user.update", entityType: "User", entityId: id, unitId: after.unitId, before: snapshot(before), after: snapshot(after) });
      return { id, name: after.name };
    }),
  );
}

// endSessions: the change takes effect on sessions already open (lib/auth/revoke-sessions.ts).
type AccountChange = { action: string; data: Prisma.UserUpdateInput; endSessions?: boolean; check?: (before: AuditedUser, tx: Tx) => Promise<void> };

/** One change to an account's status or sign-in state, with its audit event. */
function changeAccount(db: Db, actorId: string | null, id: string, change: AccountChange) {
  return db.$transaction(async (tx) => {
    const before = await findUser(tx, id);
    await change.check?.(before, tx);
    const after = await tx.user.update({ where: { id }, data: change.data, select: auditedColumns });
    if (change.endSessions) await revokeSessions(tx, id);
    await appendAuditEvent(tx, { actorId, action: change.action, entityType: "User", entityId: id, unitId: after.unitId, before: snapshot(before), after: snapshot(after) });
    return { id, name: after.name };
  });
}

export async function deactivateUser({ db, actorId, input }: MutationOptions<RecordId>) {
  if (input.id === actorId) throw new DomainError("Anda tidak dapat menonaktifkan akun Anda sendiri.");
  return changeAccount(db, actorId, input.id, {
    action: "user.deactivate",
    data: { active: false },
    endSessions: true,
    check: async (before) => {
      if (!before.active) throw new DomainError("Akun ini sudah nonaktif.");
    },
  });
}

export async function reactivateUser({ db, actorId, input }: MutationOptions<RecordId>) {
  return changeAccount(db, actorId, input.id, {
    action: "user.reactivate",
    data: { active: true },
    check: async (before, tx) => {
      if (before.active) throw new DomainError("Akun ini sudah aktif.");
      const problem = await unitProblem(tx, before.role, before.unitId);
      if (problem) throw new DomainError(`Akun tidak dapat diaktifkan: ${problem}. Ubah unit kerjanya lebih dahulu.`);
    },
  });
}

/** A new password chosen by the admin; it also lifts a lock from failed sign-ins. */
export async function resetUserPassword({ db, actorId, input }: MutationOptions<ResetPasswordInput>) {
  const passwordHash = await hashPassword(input.password);
  return changeAccount(db, actorId, input.id, {
    action: "user.reset_password",
    data: { passwordHash, passwordChangedAt: new Date(), failedLoginCount: 0, lockedUntil: null },
    // Whoever knew the old password may already hold a session; a reset must end it.
    endSessions: true,
  });
}

export async function unlockUser({ db, actorId, input }: MutationOptions<RecordId>) {
  return changeAccount(db, actorId, input.id, { action: "user.unlock", data: { failedLoginCount: 0, lockedUntil: null } });
}
