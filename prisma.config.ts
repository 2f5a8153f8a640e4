import { defineConfig } from "prisma/config";

// Prisma 7 CLI configuration. Only `prisma generate` runs on this project's machines;
// migrations are applied by lib/db/migrate.ts (no native engine is downloadable here),
// in Prisma's folder layout so `prisma migrate deploy` works wherever the engine exists.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
});
