"use server";

import { revalidatePath } from "next/cache";
import { createAction } from "@/lib/actions/safe-action";
import { saveLheBasis, saveLheLetter, saveLheRecommendation } from "./mutations";
import { LheBasisSchema, LheLetterSchema, LheRecommendationSchema } from "./schemas";

const recommendation = createAction({ roles: ["TPI"], schema: LheRecommendationSchema, handler: ({ db, user, input }) => saveLheRecommendation({ db, user, input }) });
const letter = createAction({ roles: ["TPI"], schema: LheLetterSchema, handler: ({ db, user, input }) => saveLheLetter({ db, user, input }) });
const basis = createAction({ roles: ["ADMIN", "TPI"], schema: LheBasisSchema, handler: ({ db, user, input }) => saveLheBasis({ db, user, input }) });

export async function saveLheRecommendationAction(input: unknown) {
  return recommendation(input);
}

export async function saveLheLetterAction(input: unknown) {
  const result = await letter(input);
  if (result.ok) revalidatePath("/tpi", "layout");
  return result;
}

export async function saveLheBasisAction(input: unknown) {
  const result = await basis(input);
  if (result.ok) {
    revalidatePath("/tpi", "layout");
    revalidatePath("/admin/periods", "layout");
  }
  return result;
}
