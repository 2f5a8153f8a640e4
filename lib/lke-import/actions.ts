"use server";

import { revalidatePath } from "next/cache";
import { createAction } from "@/lib/actions/safe-action";
import { applyLkeImport, previewLkeImport } from "./import-workbook";
import { LkeImportSchema } from "./schemas";

const preview = createAction({
  roles: ["OPERATOR"],
  schema: LkeImportSchema,
  handler: async ({ db, user, input }) => previewLkeImport({ db, user, assessmentId: input.assessmentId, bytes: new Uint8Array(await input.file.arrayBuffer()) }),
});
const apply = createAction({
  roles: ["OPERATOR"],
  schema: LkeImportSchema,
  handler: async ({ db, user, input }) => applyLkeImport({ db, user, assessmentId: input.assessmentId, bytes: new Uint8Array(await input.file.arrayBuffer()) }),
});

export async function previewLkeImportAction(form: FormData) {
  return preview(form);
}

export async function applyLkeImportAction(form: FormData) {
  const result = await apply(form);
  if (result.ok) revalidatePath("/opd", "layout");
  return result;
}
