"use server";

import { revalidatePath } from "next/cache";
import type { ActionResult } from "@/lib/actions/result";
import { createAction } from "@/lib/actions/safe-action";
import { updateUnitAttributes, saveUnitYearFact } from "./mutations";
import { createUnitPredicate, revokeUnitPredicate } from "./predicate-mutations";
import { PredicateRevocationSchema, UnitAttributesSchema, UnitPredicateSchema, UnitYearFactSchema } from "./schemas";

const admin = ["ADMIN"] as const;

const attributes = createAction({ roles: admin, schema: UnitAttributesSchema, handler: ({ db, user, input }) => updateUnitAttributes({ db, actorId: user.id, input }) });
const yearFact = createAction({ roles: admin, schema: UnitYearFactSchema, handler: ({ db, user, input }) => saveUnitYearFact({ db, actorId: user.id, input }) });
const predicate = createAction({ roles: admin, schema: UnitPredicateSchema, handler: ({ db, user, input }) => createUnitPredicate({ db, actorId: user.id, input }) });
const revocation = createAction({ roles: admin, schema: PredicateRevocationSchema, handler: ({ db, user, input }) => revokeUnitPredicate({ db, actorId: user.id, input }) });

// Outside createAction's try: revalidation is not a failure of the write. The dashboards read
// these facts too (eligibility), so their pages are refreshed with the unit's.
function revalidated<T>(result: ActionResult<T>): ActionResult<T> {
  if (result.ok) {
    revalidatePath("/admin/units", "layout");
    revalidatePath("/dasbor", "layout");
  }
  return result;
}

export async function updateUnitAttributesAction(input: unknown) {
  return revalidated(await attributes(input));
}

export async function saveUnitYearFactAction(input: unknown) {
  return revalidated(await yearFact(input));
}

export async function createUnitPredicateAction(input: unknown) {
  return revalidated(await predicate(input));
}

export async function revokeUnitPredicateAction(input: unknown) {
  return revalidated(await revocation(input));
}
