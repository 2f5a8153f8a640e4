"use server";

import { revalidatePath } from "next/cache";
import { createAction } from "@/lib/actions/safe-action";
import { requireEditableAssessment } from "./access";
import { copyForward, CopyForwardSchema } from "./copy-forward";

const copy = createAction({
  roles: ["OPERATOR"],
  schema: CopyForwardSchema,
  handler: async ({ db, user, input }) => {
    // Refuses another unit's assessment (as "not found") and anything the unit may not edit now.
    const assessment = await requireEditableAssessment({ db, user, assessmentId: input.assessmentId });
    return copyForward({ db, actorId: user.id, unitId: assessment.unitId, assessmentId: assessment.id });
  },
});

export async function copyForwardAction(input: unknown) {
  const result = await copy(input);
  if (result.ok) revalidatePath("/opd", "layout");
  return result;
}
