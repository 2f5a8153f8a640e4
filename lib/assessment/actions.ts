"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { createAction } from "@/lib/actions/safe-action";
import { getSection, sectionOfQuestion } from "@/lib/lke/sections";
import { SaveAnswerSchema } from "./answer-form";
import { lkeOf } from "./lke-of";
import { saveUnitAnswer } from "./save-answer";
import { submitAssessment } from "./submit";
import { scoreUnitAnswers, toLiveSummary } from "./summary";
import { getAssessmentForUser } from "./access";

const save = createAction({
  roles: ["OPERATOR"],
  schema: SaveAnswerSchema,
  handler: async ({ input, user, db }) => {
    const outcome = await saveUnitAnswer({ db, user, input });
    if (outcome.status === "conflict") return { ...outcome, summary: null };
    const assessment = (await getAssessmentForUser({ db, user, assessmentId: input.assessmentId }))!;
    const lke = lkeOf(assessment.period);
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
