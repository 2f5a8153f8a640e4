import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/client";

// A Prisma client over node-postgres (Prisma 7's query compiler, no native engine).
// Password hashes are omitted from every query unless a caller asks for them.
export function createPrismaClient(connectionString: string) {
  const adapter = new PrismaPg({ connectionString, max: 10 });
  return new PrismaClient({ adapter, omit: { user: { passwordHash: true } } });
}

export type Db = ReturnType<typeof createPrismaClient>;
