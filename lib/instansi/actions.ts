"use server";

import { revalidatePath } from "next/cache";
import type { ActionResult } from "@/lib/actions/result";
import { createAction } from "@/lib/actions/safe-action";
import { updateProposalDeadline } from "./condition-mutations";
import { ProposalDeadlineSchema } from "./condition-schemas";
import { saveInstansiProfile } from "./profile-mutations";
import { InstansiProfileSchema } from "./schemas";

const admin = ["ADMIN"] as const;

const profile = createAction({ roles: admin, schema: InstansiProfileSchema, handler: ({ db, user, input }) => saveInstansiProfile({ db, actorId: user.id, input }) });
const proposalDeadline = createAction({ roles: admin, schema: ProposalDeadlineSchema, handler: ({ db, user, input }) => updateProposalDeadline({ db, actorId: user.id, input }) });

// Outside createAction's try: revalidation is not a failure of the write.
export async function saveInstansiProfileAction(input: unknown) {
  const result = await profile(input);
  // The name and the zone are printed on every page (shell, dates), so every page is stale.
  if (result.ok) revalidatePath("/", "layout");
  return result;
}

export async function updateProposalDeadlineAction(input: unknown): Promise<ActionResult<{ id: string; name: string }>> {
  const result = await proposalDeadline(input);
  if (result.ok) revalidatePath("/admin/periods", "layout");
  return result;
}
