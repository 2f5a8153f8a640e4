import type { Env } from "@/lib/env";

// Production mode (README "Menjalankan untuk sungguhan"): every start that is not demo mode.
// lib/env.ts decides demo mode — DEMO_MODE when set, otherwise only without DATABASE_URL and
// without NODE_ENV=production — so `npm install && npm start` stays the demo, and a real
// server (a DATABASE_URL or NODE_ENV=production) must pass these checks before it serves.

const LOCAL_HOSTS = new Set(["127.0.0.1", "localhost", "::1", "[::1]"]);

export function isLocalDatabase(url: string): boolean {
  return LOCAL_HOSTS.has(new URL(url).hostname);
}

/** Problems found in the configuration alone, before any database is touched; one line each. */
export function configProblems(env: Pick<Env, "demoMode" | "AUTH_SECRET" | "DATABASE_URL">): string[] {
  const problems: string[] = [];
  if (!env.demoMode && !env.AUTH_SECRET) {
    problems.push("AUTH_SECRET wajib diatur di mode produksi (DATABASE_URL atau NODE_ENV=production tanpa DEMO_MODE=true): buat dengan `openssl rand -base64 32`.");
  }
  if (env.demoMode && env.DATABASE_URL && !isLocalDatabase(env.DATABASE_URL)) {
    const host = new URL(env.DATABASE_URL).hostname;
    problems.push(`DEMO_MODE=true ditolak untuk basis data di ${host}: mode demo (akun dengan kata sandi yang tercantum di README) hanya untuk basis data di komputer ini. Hapus DEMO_MODE.`);
  }
  return problems;
}
