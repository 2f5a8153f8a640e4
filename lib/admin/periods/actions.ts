"use server";

import { revalidatePath } from "next/cache";
import { createAction } from "@/lib/actions/safe-action";
import type { ActionResult } from "@/lib/actions/result";
import { RecordIdSchema } from "../schema-helpers";
import { addPeriodUnits, closePeriod, openPeriod, reopenPeriod, updatePeriodDeadline } from "./mutations";
import { PeriodAddUnitsSchema, PeriodDeadlineSchema, PeriodOpenSchema, PeriodReopenSchema } from "./schemas";

// Outside createAction's try: revalidation is not a failure of the write.
function revalidated<T>(result: ActionResult<T>): ActionResult<T> {
  if (result.ok) {
    revalidatePath("/admin/periods", "layout");
    revalidatePath("/admin");
    revalidatePath("/opd", "layout");
  }
  return result;
}

const admin = ["ADMIN"] as const;

const open = createAction({ roles: admin, schema: PeriodOpenSchema, handler: ({ db, user, input }) => openPeriod({ db, actorId: user.id, input }) });
const addUnits = createAction({ roles: admin, schema: PeriodAddUnitsSchema, handler: ({ db, user, input }) => addPeriodUnits({ db, actorId: user.id, input }) });
const deadline = createAction({ roles: admin, schema: PeriodDeadlineSchema, handler: ({ db, user, input }) => updatePeriodDeadline({ db, actorId: user.id, input }) });
const close = createAction({ roles: admin, schema: RecordIdSchema, handler: ({ db, user, input }) => closePeriod({ db, actorId: user.id, input }) });
const reopen = createAction({ roles: admin, schema: PeriodReopenSchema, handler: ({ db, user, input }) => reopenPeriod({ db, actorId: user.id, input }) });

export async function openPeriodAction(input: unknown) {
  return revalidated(await open(input));
}

export async function addPeriodUnitsAction(input: unknown) {
  return revalidated(await addUnits(input));
}

export async function updatePeriodDeadlineAction(input: unknown) {
  return revalidated(await deadline(input));
}

export async function closePeriodAction(input: unknown) {
  return revalidated(await close(input));
}

export async function reopenPeriodAction(input: unknown) {
  return revalidated(await reopen(input));
}
