import "server-only";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { z } from "zod";
import { getDb } from "@/lib/db/prisma";
import { getEnv } from "@/lib/env";
import { type SignInFailure, verifyCredentials } from "./verify-credentials";

// Auth.js (next-auth v5): NIP or e-mail + password, JWT sessions carrying role and unit.
// The session is only who the caller claims to be; lib/auth/session.ts re-reads the
// user on every request so that a deactivated account loses access at once.

class PortalSignInError extends CredentialsSignin {
  constructor(reason: SignInFailure) {
    super(reason);
    this.code = reason;
  }
}

const CredentialsInput = z.object({ identifier: z.string().max(254), password: z.string().max(256) });

export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60; // one working day

export const { handlers, auth, signIn, signOut } = NextAuth({
  secret: getEnv().AUTH_SECRET,
  trustHost: true,
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: "/login", error: "/login" },
  logger: { error: (error) => { if (!(error instanceof CredentialsSignin)) console.error(error); } },
  providers: [
    Credentials({
      credentials: { identifier: { label: "NIP atau e-mail" }, password: { label: "Kata sandi", type: "password" } },
      authorize: async (raw, request) => {
        const input = CredentialsInput.safeParse(raw);
        if (!input.success) throw new PortalSignInError("invalid");
        const ip = request.headers.get("x-forwarded-for")?.split(",")[0]?.trim() ?? null;
        const result = await verifyCredentials({ db: getDb(), ...input.data, ip });
        if (!result.ok) throw new PortalSignInError(result.reason);
        return { id: result.user.id, name: result.user.name, email: result.user.email, role: result.user.role, unitId: result.user.unitId };
      },
    }),
  ],
  callbacks: {
    jwt: ({ token, user }) => {
      if (user) {
        const signedIn = user as typeof user & { role: string; unitId: string | null };
        token.uid = signedIn.id;
        token.role = signedIn.role;
        token.unitId = signedIn.unitId;
      }
      return token;
    },
    session: ({ session, token }) => {
      // Claims only; lib/auth/session.ts validates them and reads the rest from the database.
      Object.assign(session.user, { id: typeof token.uid === "string" ? token.uid : "", role: token.role, unitId: token.unitId });
      return session;
    },
  },
});
