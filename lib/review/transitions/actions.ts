"use server";

import { revalidatePath } from "next/cache";
import { createAction } from "@/lib/actions/safe-action";
import { finalizeAssessment } from "./finalize";
import { reopenAssessment } from "./reopen";
import { returnAssessment } from "./return";
import { FinalizeSchema, ReopenSchema, ReturnSchema } from "./schemas";

const returnAction = createAction({
  roles: ["TPI"],
  schema: ReturnSchema,
  handler: ({ input, user, db }) => returnAssessment({ db, user, assessmentId: input.assessmentId }),
});

const finalizeAction = createAction({
  roles: ["TPI"],
  schema: FinalizeSchema,
  handler: ({ input, user, db }) => finalizeAssessment({ db, user, input }),
});

const reopenAction = createAction({
  roles: ["ADMIN"],
  schema: ReopenSchema,
  handler: ({ input, user, db }) => reopenAssessment({ db, user, input }),
});

// Every page that shows the state (the TPI's, the unit's, the admin's) reads it anew.
function refresh() {
  revalidatePath("/", "layout");
}

export async function returnAssessmentAction(input: unknown) {
  const result = await returnAction(input);
  if (result.ok) refresh();
  return result;
}

export async function finalizeAssessmentAction(input: unknown) {
  const result = await finalizeAction(input);
  if (result.ok) refresh();
  return result;
}

export async function reopenAssessmentAction(input: unknown) {
  const result = await reopenAction(input);
  if (result.ok) refresh();
  return result;
}
