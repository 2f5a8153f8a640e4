// Writes a new migration for the changes in prisma/schema.prisma:
//   npm run db:diff -- add_evidence_table
// The SQL is the difference between the schema as last committed (HEAD) and the
// schema in the working tree; the first migration starts from an empty database.
// A test (tests/integration/schema-drift) fails when schema and migrations disagree.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { startEmbeddedPostgres } from "@/lib/db/embedded";
import { readMigrations } from "@/lib/db/migrate";
import { diffSchemas } from "@/lib/db/schema-diff";
import { getEnv } from "@/lib/env";

const migrationsDir = "prisma/migrations";
const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  process.stderr.write("Pemakaian: npm run db:diff -- nama_migrasi (huruf kecil, angka, garis bawah)\n");
  process.exit(2);
}

const existing = existsSync(migrationsDir) ? await readMigrations(migrationsDir) : [];
const from = existing.length === 0 ? null : execFileSync("git", ["show", "HEAD:prisma/schema.prisma"], { encoding: "utf8" });
const to = readFileSync("prisma/schema.prisma", "utf8");

const env = getEnv();
const embedded = env.DATABASE_URL
  ? null
  : await startEmbeddedPostgres({ dataDir: path.join(mkdtempSync(path.join(tmpdir(), "portal-zi-diff-")), "pg"), port: 54398 });
try {
  const sql = diffSchemas({ from, to, databaseUrl: env.DATABASE_URL ?? embedded!.url("postgres") });
  if (sql.trim() === "" || /^-- This is an empty migration\.\s*$/.test(sql.trim())) {
    process.stdout.write("Skema sama dengan commit terakhir: tidak ada migrasi baru.\n");
  } else {
    const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
    const dir = path.join(migrationsDir, `${stamp}_${name}`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, "migration.sql"), sql);
    writeFileSync(path.join(migrationsDir, "migration_lock.toml"), 'provider = "postgresql"\n');
    process.stdout.write(`Migrasi ditulis: ${dir}/migration.sql\n`);
  }
} finally {
  await embedded?.stop();
}
