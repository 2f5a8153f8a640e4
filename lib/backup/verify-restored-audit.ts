import { describeChainVerification, type ChainReport } from "@/lib/audit/verify-report";
import { verifyAuditChain } from "@/lib/audit/verify-chain";
import { createPrismaClient } from "@/lib/db/create-client";

/** `npm run audit:verify` over the restored database: the one place restore meets lib/audit. */
export async function verifyRestoredAuditChain(databaseUrl: string): Promise<ChainReport> {
  const db = createPrismaClient(databaseUrl);
  try {
    return describeChainVerification(await verifyAuditChain({ db }));
  } finally {
    await db.$disconnect();
  }
}
