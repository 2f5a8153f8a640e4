"use server";

import { revalidatePath } from "next/cache";
import { createAction } from "@/lib/actions/safe-action";
import type { ActionResult } from "@/lib/actions/result";
import { RecordIdSchema } from "../schema-helpers";
import { createUser, deactivateUser, reactivateUser, resetUserPassword, unlockUser, updateUser } from "./mutations";
import { ResetPasswordSchema, UserCreateSchema, UserUpdateSchema } from "./schemas";

type Saved = { id: string; name: string };

// Outside createAction's try: revalidation is not a failure of the write.
function revalidated(result: ActionResult<Saved>): ActionResult<Saved> {
  if (result.ok) {
    revalidatePath("/admin/users", "layout");
    revalidatePath("/admin/units");
    revalidatePath("/admin");
  }
  return result;
}

const admin = ["ADMIN"] as const;

const create = createAction({ roles: admin, schema: UserCreateSchema, handler: ({ db, user, input }) => createUser({ db, actorId: user.id, input }) });
const update = createAction({ roles: admin, schema: UserUpdateSchema, handler: ({ db, user, input }) => updateUser({ db, actorId: user.id, input }) });
const resetPassword = createAction({ roles: admin, schema: ResetPasswordSchema, handler: ({ db, user, input }) => resetUserPassword({ db, actorId: user.id, input }) });
const deactivate = createAction({ roles: admin, schema: RecordIdSchema, handler: ({ db, user, input }) => deactivateUser({ db, actorId: user.id, input }) });
const reactivate = createAction({ roles: admin, schema: RecordIdSchema, handler: ({ db, user, input }) => reactivateUser({ db, actorId: user.id, input }) });
const unlock = createAction({ roles: admin, schema: RecordIdSchema, handler: ({ db, user, input }) => unlockUser({ db, actorId: user.id, input }) });

export async function createUserAction(input: unknown) {
  return revalidated(await create(input));
}

export async function updateUserAction(input: unknown) {
  return revalidated(await update(input));
}

export async function resetUserPasswordAction(input: unknown) {
  return revalidated(await resetPassword(input));
}

export async function deactivateUserAction(input: unknown) {
  return revalidated(await deactivate(input));
}

export async function reactivateUserAction(input: unknown) {
  return revalidated(await reactivate(input));
}

export async function unlockUserAction(input: unknown) {
  return revalidated(await unlock(input));
}
