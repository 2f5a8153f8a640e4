// Configuration for Prisma 6.19's CLI (installed as `prisma-legacy`), used only by
// lib/db/schema-diff.ts to turn schema.prisma into SQL offline: its JavaScript schema
// engine needs no native binary, but it does need a driver adapter and a reachable
// PostgreSQL. Prisma 7's own CLI has no such mode.
import { PrismaPg } from "@prisma/adapter-pg";
import { defineConfig } from "prisma-legacy/config";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  adapter: async () => new PrismaPg({ connectionString: process.env.DIFF_DATABASE_URL, allowExitOnIdle: true, idleTimeoutMillis: 50 }) as never,
});
