import { verifyPassword } from "@/lib/auth/password";
import type { Db } from "@/lib/db/create-client";
import { DEMO_PASSWORD, DEMO_USERS } from "@/lib/seed/demo-data";

// A real server must not keep a way in that the README publishes: the seed's accounts, or an
// account that still signs in with the demo password.

/**
 * Argon2 is slow on purpose (about 30–60 ms a verification here), so the demo password is tried
 * only against active ADMIN accounts — the ones that can give themselves every other right — and
 * once per distinct hash (the seed gives all its accounts one hash), all at once on libuv's
 * threads. MAX_CHECKED keeps a start with an unusual number of admins bounded.
 */
const MAX_CHECKED = 50;

export async function findDemoLeftovers({ db }: { db: Db }): Promise<string[]> {
  const problems: string[] = [];
  const demoAccounts = await db.user.findMany({
    where: { active: true, OR: [{ email: { in: DEMO_USERS.map((u) => u.email) } }, { nip: { in: DEMO_USERS.map((u) => u.nip) } }] },
    select: { email: true, nip: true },
    orderBy: { email: "asc" },
  });
  if (demoAccounts.length > 0) {
    const first = demoAccounts[0]!.email ?? demoAccounts[0]!.nip;
    const more = demoAccounts.length > 1 ? ` dan ${demoAccounts.length - 1} akun lain` : "";
    problems.push(
      `Basis data memuat akun demo aktif (${first}${more}) yang kata sandinya tercantum di README: pakai basis data (atau DATA_DIR) baru yang kosong untuk penggunaan sungguhan, lalu \`npm run admin:create\`.`,
    );
  }

  const admins = await db.user.findMany({
    where: { active: true, role: "ADMIN" },
    select: { email: true, nip: true, passwordHash: true },
    orderBy: { passwordChangedAt: "desc" },
    take: MAX_CHECKED,
  });
  const flagged = new Set(demoAccounts.map((a) => a.email ?? a.nip));
  const byHash = new Map<string, typeof admins>();
  for (const admin of admins.filter((a) => !flagged.has(a.email ?? a.nip))) byHash.set(admin.passwordHash, [...(byHash.get(admin.passwordHash) ?? []), admin]);
  const matches = await Promise.all([...byHash].map(async ([hash, owners]) => ((await verifyPassword(hash, DEMO_PASSWORD)) ? owners : [])));
  for (const admin of matches.flat()) {
    const who = admin.email ?? admin.nip ?? "tanpa identitas";
    problems.push(
      `Akun ADMIN ${who} masih memakai kata sandi demo dari README: ganti dengan \`npm run admin:create -- --reset-password ${admin.email ? `--email ${admin.email}` : `--nip ${admin.nip}`}\`.`,
    );
  }
  return problems;
}
