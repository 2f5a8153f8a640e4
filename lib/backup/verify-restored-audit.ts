import type { AuditSigningKey } from "@/lib/audit/checkpoint";
import { describeChainVerification, type ChainReport } from "@/lib/audit/verify-report";
import { verifyAuditChain } from "@/lib/audit/verify-chain";
import { createPrismaClient } from "@/lib/db/create-client";
import { getInstansiProfile } from "@/lib/instansi/profile";

/**
 * `npm run audit:verify` over the restored database: the one place restore meets lib/audit. The
 * checkpoints were signed with the source portal's key (AUDIT_SIGNING_KEY or AUTH_SECRET); without
 * it the chain is not checked and the report says so.
 */
export async function verifyRestoredAuditChain(databaseUrl: string, signing: AuditSigningKey | null): Promise<ChainReport> {
  if (!signing) return { line: "Rantai audit tidak diperiksa: atur AUDIT_SIGNING_KEY (atau AUTH_SECRET) portal asal, lalu jalankan npm run audit:verify.", exitCode: 1 };
  const db = createPrismaClient(databaseUrl);
  try {
    // Sealing runs after restore, in the portal: events waiting to be sealed are not a fault here.
    const [verification, instansi] = await Promise.all([verifyAuditChain({ db, signing, checkUnsealed: false }), getInstansiProfile({ db })]);
    return describeChainVerification(verification, { zone: instansi.timeZone });
  } finally {
    await db.$disconnect();
  }
}
