"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { createAction } from "@/lib/actions/safe-action";
import { getSection, sectionOfQuestion } from "@/lib/lke/sections";
import { SaveAnswerSchema } from "./answer-form";
import { saveUnitAnswerWithLke } from "./save-answer";
import { submitAssessment } from "./submit";
import { scoreUnitAnswers, toLiveSummary } from "./summary";

const save = createAction({
  roles: ["OPERATOR"],
  schema: SaveAnswerSchema,
  handler: async ({ input, user, db }) => {
    // The save has just checked, in its transaction, that this is the user's unit's assessment.
    const { outcome, lke, assessment } = await saveUnitAnswerWithLke({ db, user, input });
    if (outcome.status === "conflict" || !lke || !assessment) return { ...outcome, summary: null };
    const section = getSection(lke, sectionOfQuestion(lke, input.questionCode) ?? "");
    const result = await scoreUnitAnswers({ db, lke, assessment });
    return { ...outcome, summary: toLiveSummary(result, section?.area ?? null, input.questionCode) };
  },
});

export async function saveAnswerAction(input: unknown) {
  return save(input);
}

const SubmitSchema = z.object({ assessmentId: z.uuid() });

const submit = createAction({
  roles: ["OPERATOR"],
  schema: SubmitSchema,
  handler: ({ input, user, db }) => submitAssessment({ db, user, assessmentId: input.assessmentId }),
});

export async function submitAssessmentAction(input: unknown) {
  const result = await submit(input);
  if (result.ok) revalidatePath("/opd", "layout");
  return result;
}
