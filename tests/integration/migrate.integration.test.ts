import { createHash } from "node:crypto";
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import pg from "pg";
import { applyMigrationsWithin, MigrationError, migrateDatabase, PRISMA_ADVISORY_LOCK_KEY, readMigrations } from "@/lib/db/migrate";
import { MIGRATIONS_DIR } from "@/lib/db/prepare";
import { createScratchDatabase, query } from "../support/scratch-db";

const drops: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(drops.splice(0).map((drop) => drop()));
});

async function scratch() {
  const db = await createScratchDatabase("migrate");
  drops.push(db.drop);
  return db.url;
}

function copyOfMigrations(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "migrations-"));
  cpSync(MIGRATIONS_DIR, dir, { recursive: true });
  return dir;
}

type Row = { migration_name: string; checksum: string; finished_at: Date | null; applied_steps_count: number };

describe("migrateDatabase", () => {
  it("applies every migration once, with Prisma's bookkeeping", async () => {
    const url = await scratch();
    const local = await readMigrations(MIGRATIONS_DIR);
    const first = await migrateDatabase({ connectionString: url, migrationsDir: MIGRATIONS_DIR });
    expect(first.applied).toEqual(local.map((m) => m.name));

    const rows = await query<Row>(url, `SELECT migration_name, checksum, finished_at, applied_steps_count FROM "_prisma_migrations" ORDER BY migration_name`);
    expect(rows.map((r) => r.migration_name)).toEqual(local.map((m) => m.name));
    for (const [i, row] of rows.entries()) {
      expect(row.checksum).toBe(createHash("sha256").update(local[i]!.sql).digest("hex"));
      expect(row.finished_at).toBeInstanceOf(Date);
      expect(row.applied_steps_count).toBe(1);
    }
    const second = await migrateDatabase({ connectionString: url, migrationsDir: MIGRATIONS_DIR });
    expect(second).toEqual({ applied: [], alreadyApplied: local.length });
  });

  it("lets only one of two nodes starting together migrate", async () => {
    const url = await scratch();
    const results = await Promise.all([1, 2, 3].map(() => migrateDatabase({ connectionString: url, migrationsDir: MIGRATIONS_DIR })));
    const appliers = results.filter((r) => r.applied.length > 0);
    expect(appliers).toHaveLength(1);
    const local = await readMigrations(MIGRATIONS_DIR);
    expect(results.filter((r) => r.applied.length === 0)).toEqual([{ applied: [], alreadyApplied: local.length }, { applied: [], alreadyApplied: local.length }]);
    const count = await query<{ n: string }>(url, `SELECT count(*) AS n FROM "_prisma_migrations"`);
    expect(Number(count[0]!.n)).toBe(appliers[0]!.applied.length);
  });

  it("makes a server that starts while another migrates wait on the lock, then find nothing pending", async () => {
    const url = await scratch();
    const local = await readMigrations(MIGRATIONS_DIR);
    // Server A, by hand: takes the lock and migrates inside its transaction, slowly.
    const first = new pg.Client({ connectionString: url });
    await first.connect();
    try {
      await first.query("BEGIN");
      await first.query("SELECT pg_advisory_xact_lock($1)", [PRISMA_ADVISORY_LOCK_KEY]);
      let settled = false;
      const second = migrateDatabase({ connectionString: url, migrationsDir: MIGRATIONS_DIR }).finally(() => (settled = true));
      // Server B is queued on the same advisory lock, not migrating beside A.
      for (let i = 0; i < 100; i++) {
        const waiting = await query(url, `SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND NOT granted`);
        if (waiting.length > 0) break;
        await new Promise((r) => setTimeout(r, 50));
      }
      expect(await query(url, `SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND NOT granted`)).toHaveLength(1);
      expect(settled).toBe(false);
      const applied = await applyMigrationsWithin(first, local);
      expect(applied.applied).toHaveLength(local.length);
      await first.query("COMMIT");
      await expect(second).resolves.toEqual({ applied: [], alreadyApplied: local.length });
    } finally {
      await first.end();
    }
  });

  it("rolls back a failing migration completely and says which one failed", async () => {
    const url = await scratch();
    const dir = copyOfMigrations();
    mkdirSync(path.join(dir, "99990101000000_broken"));
    writeFileSync(path.join(dir, "99990101000000_broken", "migration.sql"), `CREATE TABLE "Half" (id int);\nSELECT * FROM "NoSuchTable";`);
    await expect(migrateDatabase({ connectionString: url, migrationsDir: dir })).rejects.toThrow(/99990101000000_broken gagal/);
    const tables = await query(url, `SELECT 1 FROM pg_tables WHERE schemaname = 'public' AND tablename IN ('Half', 'Unit')`);
    expect(tables).toEqual([]);
  });

  it("refuses a migration edited after it was applied", async () => {
    const url = await scratch();
    const dir = copyOfMigrations();
    await migrateDatabase({ connectionString: url, migrationsDir: dir });
    const [first] = await readMigrations(dir);
    writeFileSync(path.join(dir, first!.name, "migration.sql"), `${first!.sql}\n-- edited`);
    const attempt = migrateDatabase({ connectionString: url, migrationsDir: dir });
    await expect(attempt).rejects.toBeInstanceOf(MigrationError);
    await expect(attempt).rejects.toThrow(/telah diubah setelah diterapkan/);
  });
});
