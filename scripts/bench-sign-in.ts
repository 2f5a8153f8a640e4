// Benchmark (not a test): how long sign-in takes to refuse an unknown identifier, a wrong
// password, a locked and an inactive account, beside a successful sign-in. The answers are the
// same text (lib/auth/schemas.ts SIGN_IN_FAILED); this shows the time does not tell them apart
// either. The cases run interleaved, so load on the machine falls on all of them alike.
// `npm run --silent bench:sign-in [-- ROUNDS]`
import { hashPassword } from "@/lib/auth/password";
import { verifyCredentials } from "@/lib/auth/verify-credentials";
import { withBenchDatabase } from "./lib/bench-database";
import { summarize } from "./lib/stats";

const ROUNDS = Number(process.argv[2] ?? 30);
const PASSWORD = "BenchSignIn2026";
const log = (line: string) => process.stderr.write(`[bench] ${line}\n`);

await withBenchDatabase(async ({ db }) => {
  const passwordHash = await hashPassword(PASSWORD);
  const user = (nip: string, extra: { active?: boolean; lockedUntil?: Date } = {}) =>
    db.user.create({ data: { nip, name: `Bench ${nip}`, role: "PIMPINAN", passwordHash, ...extra } });
  const farFuture = new Date(Date.now() + 365 * 86_400_000);
  const [wrong] = await Promise.all([user("199001012015011001"), user("199001012015011002"), user("199001012015011003", { lockedUntil: farFuture }), user("199001012015011004", { active: false })]);
  const cases: [string, string, string][] = [
    ["tidak dikenal", "199912312020121999", PASSWORD],
    ["kata sandi salah", "199001012015011001", "SalahSekali2026"],
    ["terkunci", "199001012015011003", PASSWORD],
    ["nonaktif", "199001012015011004", PASSWORD],
    ["berhasil", "199001012015011002", PASSWORD],
  ];
  const samples = new Map(cases.map(([name]) => [name, [] as number[]]));
  log(`${ROUNDS} putaran × ${cases.length} kasus (satu putaran pemanasan)…`);
  for (let round = -1; round < ROUNDS; round++) {
    for (const [name, identifier, password] of cases) {
      const started = performance.now();
      await verifyCredentials({ db, identifier, password });
      if (round >= 0) samples.get(name)!.push(performance.now() - started);
    }
    // Keep the wrong-password account below the lockout, so it stays the "wrong password" case.
    await db.user.update({ where: { id: wrong.id }, data: { failedLoginCount: 0 } });
  }
  console.table([...samples].map(([name, values]) => summarize(name, values)));
});
