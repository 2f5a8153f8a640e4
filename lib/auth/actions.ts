"use server";

import { AuthError, CredentialsSignin } from "next-auth";
import { z } from "zod";
import { recordAuditEvent } from "@/lib/audit/record-event";
import { getDb } from "@/lib/db/prisma";
import { GENERIC_ERROR } from "@/lib/errors";
import { signIn, signOut } from "./auth";
import { LoginSchema, type LoginState, SIGN_IN_MESSAGES, safeCallbackPath } from "./schemas";
import { getSessionUser } from "./session";

export async function loginAction(_previous: LoginState, formData: FormData): Promise<LoginState> {
  const raw = { identifier: formData.get("identifier") ?? "", password: formData.get("password") ?? "" };
  const parsed = LoginSchema.safeParse(raw);
  const identifier = typeof raw.identifier === "string" ? raw.identifier : "";
  if (!parsed.success) {
    return { error: "Lengkapi isian yang ditandai.", fieldErrors: z.flattenError(parsed.error).fieldErrors, identifier };
  }
  try {
    await signIn("credentials", { ...parsed.data, redirectTo: safeCallbackPath(formData.get("callbackUrl")) });
  } catch (error) {
    if (error instanceof CredentialsSignin) return { error: SIGN_IN_MESSAGES[error.code] ?? SIGN_IN_MESSAGES.invalid, identifier };
    if (error instanceof AuthError) {
      console.error("[auth] sign-in failed", error);
      return { error: GENERIC_ERROR, identifier };
    }
    throw error; // the redirect after a successful sign-in
  }
  return {};
}

export async function logoutAction(): Promise<void> {
  const user = await getSessionUser();
  if (user) {
    await recordAuditEvent(getDb(), { actorId: user.id, action: "auth.sign_out", entityType: "User", entityId: user.id, unitId: user.unitId });
  }
  await signOut({ redirectTo: "/login" });
}
