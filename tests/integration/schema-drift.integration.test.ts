import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrateDatabase } from "@/lib/db/migrate";
import { MIGRATIONS_DIR } from "@/lib/db/prepare";
import { diffSchemas } from "@/lib/db/schema-diff";
import { catalogSnapshot } from "../support/catalog-snapshot";
import { createScratchDatabase, query } from "../support/scratch-db";

// The migrations in prisma/migrations must build exactly the database that
// prisma/schema.prisma describes. If someone edits the schema without adding a
// migration (npm run db:diff -- name), or edits a migration by hand, this fails.

type Scratch = Awaited<ReturnType<typeof createScratchDatabase>>;
let fromMigrations: Scratch;
let fromSchema: Scratch;

beforeAll(async () => {
  [fromMigrations, fromSchema] = await Promise.all([createScratchDatabase("drift_migrations"), createScratchDatabase("drift_schema")]);
  await migrateDatabase({ connectionString: fromMigrations.url, migrationsDir: MIGRATIONS_DIR });
  const sql = diffSchemas({ from: null, to: readFileSync("prisma/schema.prisma", "utf8"), databaseUrl: fromSchema.url });
  await query(fromSchema.url, sql);
}, 120_000);

afterAll(async () => {
  await Promise.all([fromMigrations?.drop(), fromSchema?.drop()]);
});

describe("schema.prisma and prisma/migrations", () => {
  it("describe the same database", async () => {
    const [migrated, declared] = await Promise.all([catalogSnapshot(fromMigrations.url), catalogSnapshot(fromSchema.url)]);
    expect(migrated.length).toBeGreaterThan(20);
    const onlyInMigrations = migrated.filter((line) => !declared.includes(line));
    const onlyInSchema = declared.filter((line) => !migrated.includes(line));
    expect({ onlyInMigrations, onlyInSchema }).toEqual({ onlyInMigrations: [], onlyInSchema: [] });
  });

  it("the comparison notices a column that only one side has", async () => {
    const scratch = await createScratchDatabase("drift_probe");
    try {
      await migrateDatabase({ connectionString: scratch.url, migrationsDir: MIGRATIONS_DIR });
      await query(scratch.url, `ALTER TABLE "Unit" ADD COLUMN "stray" TEXT`);
      const probe = await catalogSnapshot(scratch.url);
      const declared = await catalogSnapshot(fromSchema.url);
      expect(probe.filter((line) => !declared.includes(line))).toEqual(['column Unit.stray text']);
    } finally {
      await scratch.drop();
    }
  });
});
