"use server";

import { AuthError, CredentialsSignin } from "next-auth";
import { z } from "zod";
import { GENERIC_ERROR } from "@/lib/errors";
import { signIn, signOut } from "./auth";
import { safeRedirectPath } from "./safe-redirect";
import { LoginSchema, type LoginState, SIGN_IN_FAILED } from "./schemas";

export async function loginAction(_previous: LoginState, formData: FormData): Promise<LoginState> {
  const raw = { identifier: formData.get("identifier") ?? "", password: formData.get("password") ?? "" };
  const parsed = LoginSchema.safeParse(raw);
  const identifier = typeof raw.identifier === "string" ? raw.identifier : "";
  if (!parsed.success) {
    return { error: "Lengkapi isian yang ditandai.", fieldErrors: z.flattenError(parsed.error).fieldErrors, identifier };
  }
  try {
    await signIn("credentials", { ...parsed.data, redirectTo: safeRedirectPath(formData.get("callbackUrl")) });
  } catch (error) {
    if (error instanceof CredentialsSignin) return { error: SIGN_IN_FAILED, identifier };
    if (error instanceof AuthError) {
      console.error("[auth] sign-in failed", error);
      return { error: GENERIC_ERROR, identifier };
    }
    throw error; // the redirect after a successful sign-in
  }
  return {};
}

// Auth.js's signOut event ends the user's sessions and records the sign-out (auth.ts).
export async function logoutAction(): Promise<void> {
  await signOut({ redirectTo: "/login" });
}
