import { z } from "zod";
import { EmailSchema, NipSchema } from "@/lib/auth/identifier";
import { PasswordSchema } from "@/lib/auth/password-policy";
import { ROLES, ROLES_WITH_UNIT } from "@/lib/auth/roles";
import type { Role, UnitKind } from "@/lib/db/generated/enums";
import { blankToNull, firstParam, IdSchema } from "../schema-helpers";

/** Where a role may sit: an operator fills in its own OPD's/UPT's LKE; TPI is Inspektorat. */
export const ROLE_UNIT_KINDS: Partial<Record<Role, readonly UnitKind[]>> = {
  OPERATOR: ["OPD", "UPT"],
  TPI: ["INSPEKTORAT"],
};

export const ROLE_UNIT_RULE: Partial<Record<Role, string>> = {
  OPERATOR: "Operator harus berada di unit berjenis OPD atau UPT",
  TPI: "TPI harus berada di Inspektorat",
};

export function unitKindFitsRole(role: Role, kind: UnitKind): boolean {
  return ROLE_UNIT_KINDS[role]?.includes(kind) ?? true;
}

const userFields = {
  nip: blankToNull(NipSchema),
  email: blankToNull(EmailSchema),
  name: z.string().trim().min(3, "Nama minimal 3 karakter").max(200, "Nama maksimal 200 karakter"),
  role: z.enum(ROLES, "Pilih peran"),
  unitId: blankToNull(IdSchema),
};

type UserFields = { nip: string | null; email: string | null; role: Role; unitId: string | null };

function checkUserFields(value: UserFields, ctx: z.RefinementCtx) {
  if (!value.nip && !value.email) {
    ctx.addIssue({ code: "custom", path: ["nip"], message: "Isi NIP atau e-mail (minimal salah satu) untuk masuk ke portal" });
  }
  if (ROLES_WITH_UNIT.includes(value.role) && !value.unitId) {
    ctx.addIssue({ code: "custom", path: ["unitId"], message: "Pilih unit kerja: peran ini harus memiliki unit" });
  }
}

function checkConfirmation(value: { password: string; passwordConfirm: string }, ctx: z.RefinementCtx) {
  if (value.password !== value.passwordConfirm) {
    ctx.addIssue({ code: "custom", path: ["passwordConfirm"], message: "Konfirmasi kata sandi tidak sama" });
  }
}

const passwordFields = { password: PasswordSchema, passwordConfirm: z.string().min(1, "Ulangi kata sandi") };

export const UserCreateSchema = z.object({ ...userFields, ...passwordFields }).superRefine((value, ctx) => {
  checkUserFields(value, ctx);
  checkConfirmation(value, ctx);
});
export type UserCreateInput = z.infer<typeof UserCreateSchema>;

export const UserUpdateSchema = z.object({ id: IdSchema, ...userFields }).superRefine(checkUserFields);
export type UserUpdateInput = z.infer<typeof UserUpdateSchema>;

export const ResetPasswordSchema = z.object({ id: IdSchema, ...passwordFields }).superRefine(checkConfirmation);
export type ResetPasswordInput = z.infer<typeof ResetPasswordSchema>;

export const UserFilterSchema = z.object({
  q: z.string().trim().max(100).catch(""),
  role: z.enum(ROLES).optional().catch(undefined),
  unitId: IdSchema.optional().catch(undefined),
});
export type UserFilter = z.infer<typeof UserFilterSchema>;

export function parseUserFilter(params: Record<string, string | string[] | undefined>): UserFilter {
  return UserFilterSchema.parse({
    q: firstParam(params.q) ?? "",
    role: firstParam(params.role) || undefined,
    unitId: firstParam(params.unitId) || undefined,
  });
}
