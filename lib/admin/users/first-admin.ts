import "server-only";
import { z } from "zod";
import type { Db } from "@/lib/db/create-client";
import { DomainError } from "@/lib/errors";
import { CHECK_FIELDS } from "../mutation-support";
import { createUser, resetUserPassword } from "./mutations";
import { ResetPasswordSchema, UserCreateSchema } from "./schemas";

// `npm run admin:create` (scripts/admin-create.ts): the first ADMIN of a database that has no
// way in yet, and a new password for an ADMIN who cannot sign in. Same rules as the admin's
// user form (schemas, password policy, unique NIP/e-mail) and the same audit events, with no
// actor: the command runs on the server, outside any session.

export type AdminFields = { name: string; nip: string; email: string; password: string; passwordConfirm: string };

function parse<S extends z.ZodType>(schema: S, raw: unknown): z.infer<S> {
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw new DomainError(CHECK_FIELDS, z.flattenError(parsed.error).fieldErrors as Record<string, string[]>);
  return parsed.data;
}

export async function createFirstAdmin({ db, fields, forceAdditional }: { db: Db; fields: AdminFields; forceAdditional: boolean }) {
  const input = parse(UserCreateSchema, { ...fields, role: "ADMIN", unitId: "" });
  const admins = await db.user.count({ where: { role: "ADMIN", active: true } });
  if (admins > 0 && !forceAdditional) {
    throw new DomainError(
      `Basis data sudah memiliki ${admins} ADMIN aktif: tambahkan admin lain lewat portal (Admin → Pengguna), atau ulangi dengan --force-additional bila memang perlu dari baris perintah.`,
    );
  }
  return createUser({ db, actorId: null, input });
}

export async function resetAdminPassword({ db, who, password, passwordConfirm }: { db: Db; who: { nip: string } | { email: string }; password: string; passwordConfirm: string }) {
  const admin = await db.user.findFirst({ where: { ...who, role: "ADMIN", active: true }, select: { id: true } });
  if (!admin) throw new DomainError(`Tidak ada ADMIN aktif dengan ${"nip" in who ? `NIP ${who.nip}` : `e-mail ${who.email}`}.`);
  return resetUserPassword({ db, actorId: null, input: parse(ResetPasswordSchema, { id: admin.id, password, passwordConfirm }) });
}
