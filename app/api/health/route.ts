import path from "node:path";
import { getEnv } from "@/lib/env";
import { getEvidenceStorage } from "@/lib/evidence/storage";
import { checkHealth } from "@/lib/health/check-health";

// GET /api/health for load balancers and process monitors: no session needed, no secrets in the
// answer. 200 when the database answers, the bukti dukung store answers and no migration is
// pending; 503 otherwise, within about two seconds even when the database hangs.
export const dynamic = "force-dynamic";

// `next start` runs in the project folder; hidden from the bundler, read at run time.
const MIGRATIONS_DIR = path.join(/*turbopackIgnore: true*/ process.cwd(), "prisma", "migrations");

export async function GET(): Promise<Response> {
  const report = await checkHealth({
    databaseUrl: getEnv().DATABASE_URL,
    storage: getEvidenceStorage(),
    migrationsDir: MIGRATIONS_DIR,
    log: (message, error) => console.error(message, error),
  });
  return Response.json(report, { status: report.status === "ok" ? 200 : 503, headers: { "Cache-Control": "no-store" } });
}
