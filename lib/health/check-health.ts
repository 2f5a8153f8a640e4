import "server-only";
import pg from "pg";
import type { EvidenceStorage } from "@/lib/evidence/storage";
import { pendingMigrations, readMigrations, type LocalMigration } from "@/lib/db/migrate";

export type Reachability = "ok" | "unavailable";

/** What GET /api/health answers: no secrets, no error text, nothing a stranger could use. */
export type HealthReport = {
  status: "ok" | "unavailable";
  database: Reachability;
  storage: Reachability;
  /** Applied and expected counts; null where the database could not be asked. */
  migrations: { applied: number | null; expected: number; pending: number | null };
};

export type HealthOptions = {
  databaseUrl: string | undefined;
  storage: EvidenceStorage;
  migrationsDir: string;
  /** Each check gives up after this long, so a hung database answers 503 quickly. */
  timeoutMs?: number;
  /** Where the cause of a failed check is logged (never sent to the caller). */
  log?: (message: string, error: unknown) => void;
};

let expectedCache: { dir: string; migrations: Promise<LocalMigration[]> } | undefined;

/** The migrations this build expects: read once per process (they do not change while it runs). */
function expectedMigrations(dir: string): Promise<LocalMigration[]> {
  if (expectedCache?.dir !== dir) expectedCache = { dir, migrations: readMigrations(dir) };
  return expectedCache.migrations;
}

/**
 * Checks the three things a load balancer must know before sending users to this server: the
 * database answers, the bukti dukung store answers, and the schema is this build's (no migration
 * pending — during an upgrade a new server waits until the lock holder has migrated).
 */
export async function checkHealth({ databaseUrl, storage, migrationsDir, timeoutMs = 2_000, log = () => undefined }: HealthOptions): Promise<HealthReport> {
  const expected = await expectedMigrations(migrationsDir);
  const [database, storageState] = await Promise.all([
    queryMigrationState({ databaseUrl, expected, timeoutMs }).catch((error: unknown) => {
      log("[health] database check failed", error);
      return null;
    }),
    withTimeout(storage.probe(), timeoutMs, "storage").then(
      () => "ok" as const,
      (error: unknown) => {
        log("[health] storage check failed", error);
        return "unavailable" as const;
      },
    ),
  ]);
  const migrations = { applied: database?.applied ?? null, expected: expected.length, pending: database?.pending ?? null };
  const healthy = database !== null && database.pending === 0 && storageState === "ok";
  return { status: healthy ? "ok" : "unavailable", database: database ? "ok" : "unavailable", storage: storageState, migrations };
}

async function queryMigrationState({ databaseUrl, expected, timeoutMs }: { databaseUrl: string | undefined; expected: LocalMigration[]; timeoutMs: number }) {
  if (!databaseUrl) throw new Error("DATABASE_URL belum diatur");
  // Its own short-lived connection with short limits: the app's pool may be the thing that hangs.
  const client = new pg.Client({ connectionString: databaseUrl, connectionTimeoutMillis: timeoutMs, query_timeout: timeoutMs, statement_timeout: timeoutMs });
  client.on("error", () => undefined);
  try {
    await withTimeout(client.connect(), timeoutMs, "database connect");
    const table = await client.query<{ exists: boolean }>(`SELECT to_regclass('"_prisma_migrations"') IS NOT NULL AS exists`);
    if (!table.rows[0]?.exists) return { applied: 0, pending: expected.length };
    const { rows } = await client.query(`SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations"`);
    const applied = rows.filter((row) => row.finished_at !== null && row.rolled_back_at === null).length;
    let pending: number;
    try {
      pending = pendingMigrations(expected, rows).length;
    } catch {
      pending = expected.length; // a failed or altered migration: not this build's schema
    }
    return { applied, pending };
  } finally {
    void client.end().catch(() => undefined);
  }
}

function withTimeout<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: tidak menjawab dalam ${ms} ms`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}
