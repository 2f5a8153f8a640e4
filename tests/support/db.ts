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

/** Empties every table but the migration bookkeeping (formbricks integration/reset-db). */
export async function resetDatabase(): Promise<void> {
  const db = getTestDb();
  const tables = await db.$queryRaw<{ tablename: string }[]>`
    SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`;
  if (tables.length === 0) return;
  const list = tables.map((t) => `"public"."${t.tablename}"`).join(", ");
  await db.$executeRawUnsafe(`TRUNCATE ${list} RESTART IDENTITY CASCADE`);
}
