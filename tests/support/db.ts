import { createPrismaClient, type Db } from "@/lib/db/create-client";
import { assertLocalDatabase } from "./assert-local-database";

let client: Db | undefined;

export function testDatabaseUrl(): string {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) throw new Error("TEST_DATABASE_URL belum diatur");
  assertLocalDatabase(url);
  return url;
}

export function getTestDb(): Db {
  client ??= createPrismaClient(testDatabaseUrl());
  return client;
}

// The audit tables refuse TRUNCATE (migration audit_sequencer). Tests switch that guard off as
// the tables' owner, inside the one transaction that empties them, so no other session ever
// sees it off; a failed reset rolls the switch back with everything else.
const TRUNCATE_GUARDS = [
  ["AuditEvent", "AuditEvent_no_truncate"],
  ["AuditCheckpoint", "AuditCheckpoint_no_truncate"],
] as const;

async function hasJobQueue(tx: Parameters<Parameters<Db["$transaction"]>[0]>[0]): Promise<boolean> {
  const [row] = await tx.$queryRaw<{ found: boolean }[]>`SELECT to_regclass('graphile_worker._private_jobs') IS NOT NULL AS found`;
  return row?.found === true;
}

/** Empties every table but the migration bookkeeping (formbricks integration/reset-db). */
export async function resetDatabase(): Promise<void> {
  const db = getTestDb();
  const tables = await db.$queryRaw<{ tablename: string }[]>`
    SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`;
  if (tables.length === 0) return;
  const list = tables.map((t) => `"public"."${t.tablename}"`).join(", ");
  const guards = TRUNCATE_GUARDS.filter(([table]) => tables.some((t) => t.tablename === table));
  await db.$transaction(async (tx) => {
    for (const [table, trigger] of guards) await tx.$executeRawUnsafe(`ALTER TABLE "${table}" DISABLE TRIGGER "${trigger}"`);
    await tx.$executeRawUnsafe(`TRUNCATE ${list} RESTART IDENTITY CASCADE`);
    for (const [table, trigger] of guards) await tx.$executeRawUnsafe(`ALTER TABLE "${table}" ENABLE TRIGGER "${trigger}"`);
    // The job queue's schema (lib/jobs/install-queue.ts), where installed: no job of one test runs in the next.
    if (await hasJobQueue(tx)) await tx.$executeRawUnsafe(`TRUNCATE graphile_worker._private_jobs, graphile_worker._private_job_queues RESTART IDENTITY CASCADE`);
  });
}
