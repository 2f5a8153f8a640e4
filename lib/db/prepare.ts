import path from "node:path";
import pg from "pg";
import { StartupError } from "@/lib/startup-error";
import { createPrismaClient } from "./create-client";
import { migrateDatabase, type MigrateResult } from "./migrate";
import { seedDatabase, type SeedReport } from "@/lib/seed/seed";
import { installJobQueue } from "@/lib/jobs/install-queue";

export const MIGRATIONS_DIR = path.resolve(path.dirname(new URL(import.meta.url).pathname), "../../prisma/migrations");

/** Fails with one clear line when the database cannot be reached, instead of a driver stack trace. */
export async function assertReachable(connectionString: string): Promise<void> {
  const client = new pg.Client({ connectionString, connectionTimeoutMillis: 5_000 });
  try {
    await client.connect();
    await client.query("SELECT 1");
  } catch (error) {
    const url = new URL(connectionString);
    throw new StartupError(
      `Basis data ${url.hostname}:${url.port || 5432}/${url.pathname.slice(1)} tidak dapat dihubungi (${(error as Error).message}). ` +
        "Periksa DATABASE_URL dan pastikan server PostgreSQL berjalan, atau hapus DATABASE_URL untuk memakai PostgreSQL bawaan.",
    );
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** Migrates (our schema, then the job queue's) and seeds; what `npm start` and the test run do before serving. */
export async function prepareDatabase(options: { connectionString: string; demo: boolean }): Promise<MigrateResult & SeedReport> {
  await assertReachable(options.connectionString);
  const migrated = await migrateDatabase({ connectionString: options.connectionString, migrationsDir: MIGRATIONS_DIR });
  // The job queue's own schema (lib/jobs): the package jobs are enqueued from SQL, so it must exist before serving.
  await installJobQueue({ connectionString: options.connectionString });
  const db = createPrismaClient(options.connectionString);
  try {
    return { ...migrated, ...(await seedDatabase({ db, demo: options.demo })) };
  } finally {
    await db.$disconnect();
  }
}
