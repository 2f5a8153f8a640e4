import { createHash } from "node:crypto";
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { MigrationError, migrateDatabase, readMigrations } from "@/lib/db/migrate";
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
    const count = await query<{ n: string }>(url, `SELECT count(*) AS n FROM "_prisma_migrations"`);
    expect(Number(count[0]!.n)).toBe(appliers[0]!.applied.length);
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
