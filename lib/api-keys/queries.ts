import "server-only";
import type { Db } from "@/lib/db/create-client";

export type ApiKeyView = { id: string; name: string; prefix: string; year: number; expiresAt: Date | null; revokedAt: Date | null; lastUsedAt: Date | null; createdAt: Date };

export async function listApiKeys({ db }: { db: Db }): Promise<ApiKeyView[]> {
  const rows = await db.apiKey.findMany({ orderBy: { createdAt: "desc" }, select: { id: true, name: true, prefix: true, expiresAt: true, revokedAt: true, lastUsedAt: true, createdAt: true, period: { select: { year: true } } } });
  return rows.map(({ period, ...r }) => ({ ...r, year: period.year }));
}
