"use server";

import { createAction } from "@/lib/actions/safe-action";
import { createComment } from "./mutations";
import { CommentSchema } from "./schemas";

// No revalidation: the thread adds the returned comment itself, and nothing else shows it.
const create = createAction({
  roles: ["OPERATOR", "TPI"],
  schema: CommentSchema,
  handler: ({ input, user, db }) => createComment({ db, user, input }),
});

export async function createCommentAction(input: unknown) {
  return create(input);
}
