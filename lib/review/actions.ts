"use server";

import { revalidatePath } from "next/cache";
import { createAction } from "@/lib/actions/safe-action";
import { acceptUnitAnswers } from "./accept-unit-answers";
import { saveTpiAnswer } from "./save-tpi-answer";
import { AcceptUnitAnswersSchema, SaveTpiAnswerSchema } from "./schemas";

const save = createAction({
  roles: ["TPI"],
  schema: SaveTpiAnswerSchema,
  handler: ({ input, user, db }) => saveTpiAnswer({ db, user, input }),
});

export async function saveTpiAnswerAction(input: unknown) {
  return save(input);
}

const accept = createAction({
  roles: ["TPI"],
  schema: AcceptUnitAnswersSchema,
  handler: ({ input, user, db }) => acceptUnitAnswers({ db, user, input }),
});

export async function acceptUnitAnswersAction(input: unknown) {
  const result = await accept(input);
  if (result.ok) revalidatePath("/tpi", "layout");
  return result;
}
