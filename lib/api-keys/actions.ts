"use server";

import { revalidatePath } from "next/cache";
import { createAction } from "@/lib/actions/safe-action";
import { createApiKey, revokeApiKey } from "./mutations";
import { CreateApiKeySchema, RevokeApiKeySchema } from "./schemas";

const admin = ["ADMIN"] as const;
const create = createAction({ roles: admin, schema: CreateApiKeySchema, handler: ({ db, user, input }) => createApiKey({ db, actorId: user.id, input }) });
const revoke = createAction({ roles: admin, schema: RevokeApiKeySchema, handler: ({ db, user, input }) => revokeApiKey({ db, actorId: user.id, input }) });

export async function createApiKeyAction(input: unknown) {
  const result = await create(input);
  if (result.ok) revalidatePath("/admin/pmpzi");
  return result;
}

export async function revokeApiKeyAction(input: unknown) {
  const result = await revoke(input);
  if (result.ok) revalidatePath("/admin/pmpzi");
  return result;
}
