import "server-only";
import { getEnv } from "@/lib/env";
import { createPrismaClient, type Db } from "./create-client";

// One client per server process, kept on globalThis so that dev-mode reloads reuse it.
const globalForPrisma = globalThis as unknown as { portalZiPrisma?: Db };

function databaseUrl(): string {
  const url = getEnv().DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL belum diatur: jalankan portal dengan `npm start`.");
  return url;
}

export function getDb(): Db {
  globalForPrisma.portalZiPrisma ??= createPrismaClient(databaseUrl());
  return globalForPrisma.portalZiPrisma;
}
