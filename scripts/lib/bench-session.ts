import { readFileSync } from "node:fs";

/** Signs in through Auth.js's credentials endpoint and returns the session cookie header. */
export async function signIn(base: string, identifier: string, password: string): Promise<string> {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const csrfCookie = csrf.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: csrfCookie },
    body: new URLSearchParams({ csrfToken, identifier, password, callbackUrl: "/" }),
  });
  const session = response.headers.getSetCookie().map((c) => c.split(";")[0]).find((c) => c?.startsWith("authjs.session-token="));
  if (!session) throw new Error(`masuk sebagai ${identifier} gagal (${response.status})`);
  return session;
}

/** The id Next.js gave a server action in this build (its manifest maps ids to export names). */
export function serverActionId(exportedName: string): string {
  const manifest = JSON.parse(readFileSync(".next/server/server-reference-manifest.json", "utf8")) as { node: Record<string, { exportedName?: string }> };
  const entry = Object.entries(manifest.node).find(([, action]) => action.exportedName === exportedName);
  if (!entry) throw new Error(`server action ${exportedName} tidak ada di build`);
  return entry[0];
}
