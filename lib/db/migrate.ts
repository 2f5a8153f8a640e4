import { createHash, randomUUID } from "node:crypto";
import { existsSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import pg from "pg";

// Applies prisma/migrations without Prisma's native migration engine (it cannot be
// downloaded on our machines), keeping Prisma's folder layout and `_prisma_migrations`
// bookkeeping so `prisma migrate deploy` accepts the same database where the engine exists.
//
// All pending migrations run in one transaction under Prisma's own advisory lock key:
// two app nodes starting together serialise here, and the second finds nothing to do.

export const PRISMA_ADVISORY_LOCK_KEY = 72707369;

const CREATE_BOOKKEEPING = `
CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id"                  VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum"            VARCHAR(64) NOT NULL,
  "finished_at"         TIMESTAMPTZ,
  "migration_name"      VARCHAR(255) NOT NULL,
  "logs"                TEXT,
  "rolled_back_at"      TIMESTAMPTZ,
  "started_at"          TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

export type LocalMigration = { name: string; sql: string; checksum: string };
export type MigrateResult = { applied: string[]; alreadyApplied: number };

export class MigrationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "MigrationError";
  }
}

export async function readMigrations(migrationsDir: string): Promise<LocalMigration[]> {
  const entries = await readdir(migrationsDir, { withFileTypes: true });
  const names = entries.filter((e) => e.isDirectory()).map((e) => e.name).sort();
  const migrations: LocalMigration[] = [];
  for (const name of names) {
    const file = path.join(migrationsDir, name, "migration.sql");
    if (!existsSync(file)) continue;
    const sql = await readFile(file, "utf8");
    migrations.push({ name, sql, checksum: createHash("sha256").update(sql).digest("hex") });
  }
  return migrations;
}

type AppliedRow = { migration_name: string; checksum: string; finished_at: Date | null; rolled_back_at: Date | null };

export async function migrateDatabase(options: {
  connectionString: string;
  migrationsDir: string;
}): Promise<MigrateResult> {
  const local = await readMigrations(options.migrationsDir);
  const client = new pg.Client({ connectionString: options.connectionString });
  await client.connect();
  try {
    await client.query("BEGIN");
    await client.query("SELECT pg_advisory_xact_lock($1)", [PRISMA_ADVISORY_LOCK_KEY]);
    const result = await applyMigrationsWithin(client, local);
    await client.query("COMMIT");
    return result;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}

/**
 * Applies what is pending of `local` inside the caller's transaction, which must hold the
 * advisory lock. `npm run restore` uses it to migrate and load data in one transaction.
 */
export async function applyMigrationsWithin(client: pg.ClientBase, local: LocalMigration[]): Promise<MigrateResult> {
  await client.query(CREATE_BOOKKEEPING);
  const { rows } = await client.query<AppliedRow>(
    `SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations"`,
  );
  const pending = pendingMigrations(local, rows);
  for (const migration of pending) {
    await applyOne(client, migration);
  }
  return { applied: pending.map((m) => m.name), alreadyApplied: local.length - pending.length };
}

export function pendingMigrations(local: LocalMigration[], applied: AppliedRow[]): LocalMigration[] {
  const failed = applied.find((row) => row.finished_at === null && row.rolled_back_at === null);
  if (failed) {
    throw new MigrationError(
      `Migrasi ${failed.migration_name} pernah gagal dan belum diselesaikan; perbaiki basis data lalu tandai dengan \`prisma migrate resolve\`.`,
    );
  }
  const done = new Map(
    applied.filter((row) => row.finished_at !== null && row.rolled_back_at === null).map((r) => [r.migration_name, r]),
  );
  for (const migration of local) {
    const row = done.get(migration.name);
    if (row && row.checksum !== migration.checksum) {
      throw new MigrationError(
        `Migrasi ${migration.name} telah diubah setelah diterapkan (checksum berbeda); jangan mengubah migrasi lama, buat migrasi baru.`,
      );
    }
  }
  return local.filter((migration) => !done.has(migration.name));
}

async function applyOne(client: pg.ClientBase, migration: LocalMigration) {
  const id = randomUUID();
  await client.query(
    `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, applied_steps_count)
     VALUES ($1, $2, $3, now(), 0)`,
    [id, migration.checksum, migration.name],
  );
  try {
    await client.query(migration.sql);
  } catch (error) {
    throw new MigrationError(`Migrasi ${migration.name} gagal: ${(error as Error).message}`);
  }
  await client.query(
    `UPDATE "_prisma_migrations" SET finished_at = now(), applied_steps_count = 1 WHERE id = $1`,
    [id],
  );
}
