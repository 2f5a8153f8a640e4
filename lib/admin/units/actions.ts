"use server";

import { revalidatePath } from "next/cache";
import { createAction } from "@/lib/actions/safe-action";
import type { ActionResult } from "@/lib/actions/result";
import { RecordIdSchema } from "../schema-helpers";
import { createUnit, deactivateUnit, reactivateUnit, updateUnit } from "./mutations";
import { UnitCreateSchema, UnitUpdateSchema } from "./schemas";

type Saved = { id: string; name: string };

// Outside createAction's try: revalidation is not a failure of the write.
function revalidated(result: ActionResult<Saved>): ActionResult<Saved> {
  if (result.ok) {
    revalidatePath("/admin/units", "layout");
    revalidatePath("/admin/users", "layout");
    revalidatePath("/admin");
  }
  return result;
}

const admin = ["ADMIN"] as const;

const create = createAction({ roles: admin, schema: UnitCreateSchema, handler: ({ db, user, input }) => createUnit({ db, actorId: user.id, input }) });
const update = createAction({ roles: admin, schema: UnitUpdateSchema, handler: ({ db, user, input }) => updateUnit({ db, actorId: user.id, input }) });
const deactivate = createAction({ roles: admin, schema: RecordIdSchema, handler: ({ db, user, input }) => deactivateUnit({ db, actorId: user.id, input }) });
const reactivate = createAction({ roles: admin, schema: RecordIdSchema, handler: ({ db, user, input }) => reactivateUnit({ db, actorId: user.id, input }) });

export async function createUnitAction(input: unknown) {
  return revalidated(await create(input));
}

export async function updateUnitAction(input: unknown) {
  return revalidated(await update(input));
}

export async function deactivateUnitAction(input: unknown) {
  return revalidated(await deactivate(input));
}

export async function reactivateUnitAction(input: unknown) {
  return revalidated(await reactivate(input));
}
