import "server-only";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { z } from "zod";
import { getDb } from "@/lib/db/prisma";
import { getEnv } from "@/lib/env";
import { signOutSessions } from "./revoke-sessions";
import { safeRedirectUrl } from "./safe-redirect";
import { verifyCredentials } from "./verify-credentials";

// Auth.js (next-auth v5): NIP or e-mail + password, JWT sessions carrying role, unit and
// session version. The session is only who the caller claims to be; lib/auth/session.ts
// re-reads the user on every request so that a deactivated account or a revoked session
// (lib/auth/revoke-sessions.ts) loses access at once.
//
// Every refusal is the same CredentialsSignin with its default code: Auth.js puts the code
// in the redirect URL of its own endpoint, where "locked" would tell that the account exists.
// The reason is kept in the audit event (verify-credentials.ts).

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
        if (!input.success) throw new CredentialsSignin();
        const ip = request.headers.get("x-forwarded-for")?.split(",")[0]?.trim() ?? null;
        const result = await verifyCredentials({ db: getDb(), ...input.data, ip });
        if (!result.ok) throw new CredentialsSignin();
        const { id, name, email, role, unitId, sessionVersion } = result.user;
        return { id, name, email, role, unitId, sessionVersion };
      },
    }),
  ],
  callbacks: {
    jwt: ({ token, user }) => {
      if (user) {
        const signedIn = user as typeof user & { role: string; unitId: string | null; sessionVersion: number };
        token.uid = signedIn.id;
        token.role = signedIn.role;
        token.unitId = signedIn.unitId;
        token.sv = signedIn.sessionVersion;
      }
      return token;
    },
    session: ({ session, token }) => {
      // Claims only; lib/auth/session.ts validates them and reads the rest from the database.
      Object.assign(session.user, { id: typeof token.uid === "string" ? token.uid : "", role: token.role, unitId: token.unitId, sessionVersion: token.sv });
      return session;
    },
    // Every redirect Auth.js makes from input (callbackUrl, redirectTo) stays on this site.
    redirect: ({ url, baseUrl }) => safeRedirectUrl(url, baseUrl),
  },
  events: {
    signOut: async (message) => {
      if (!("token" in message) || !message.token) return;
      const { uid, role, sv } = message.token;
      await signOutSessions({ db: getDb(), claims: { id: uid, role, sessionVersion: sv } });
    },
  },
});
