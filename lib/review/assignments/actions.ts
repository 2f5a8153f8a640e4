"use server";

import { revalidatePath } from "next/cache";
import type { ActionResult } from "@/lib/actions/result";
import { createAction } from "@/lib/actions/safe-action";
import { createAssignment, deleteAssignment, setAssignmentLead } from "./mutations";
import { AssignmentCreateSchema, AssignmentIdSchema } from "./schemas";

// Outside createAction's try: revalidation is not a failure of the write.
function revalidated<T>(result: ActionResult<T>): ActionResult<T> {
  if (result.ok) {
    revalidatePath("/admin/assignments");
    revalidatePath("/tpi", "layout");
  }
  return result;
}

const admin = ["ADMIN"] as const;

const create = createAction({ roles: admin, schema: AssignmentCreateSchema, handler: ({ db, user, input }) => createAssignment({ db, actorId: user.id, input }) });
const remove = createAction({ roles: admin, schema: AssignmentIdSchema, handler: ({ db, user, input }) => deleteAssignment({ db, actorId: user.id, input }) });
const lead = createAction({ roles: admin, schema: AssignmentIdSchema, handler: ({ db, user, input }) => setAssignmentLead({ db, actorId: user.id, input }) });

export async function createAssignmentAction(input: unknown) {
  return revalidated(await create(input));
}

export async function deleteAssignmentAction(input: unknown) {
  return revalidated(await remove(input));
}

export async function setAssignmentLeadAction(input: unknown) {
  return revalidated(await lead(input));
}
