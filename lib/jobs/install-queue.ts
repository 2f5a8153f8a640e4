import pg from "pg";
import { runMigrations } from "graphile-worker";
import { queueLogger } from "./logger";

// The job queue (graphile-worker) keeps its tables in its own schema, graphile_worker, and
// migrates them itself; prisma/migrations never touch it, the schema-drift test and the backup
// read the public schema only. Two servers starting together serialise on this lock, so the
// worker's own migrations never race each other.

const QUEUE_MIGRATION_LOCK_KEY = 72707370;

/** Creates or updates the queue's schema; after our own migrations, before serving. */
export async function installJobQueue({ connectionString }: { connectionString: string }): Promise<void> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1)", [QUEUE_MIGRATION_LOCK_KEY]);
    await runMigrations({ connectionString, logger: queueLogger });
  } finally {
    await client.query("SELECT pg_advisory_unlock($1)", [QUEUE_MIGRATION_LOCK_KEY]).catch(() => undefined);
    await client.end();
  }
}
