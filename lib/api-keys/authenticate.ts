import "server-only";
import { recordAuditEvent } from "@/lib/audit/record-event";
import type { Db } from "@/lib/db/create-client";
import { bearerKey, hashApiKey } from "./key";

// The PMPZI API's door: the key from "Authorization: Bearer …", looked up by its hash, must be
// neither revoked nor expired and must be for the period asked. Every call is audited, refused
// ones too, with the key's id when it is known.

export type ApiCall = { db: Db; authorization: string | null; year: number; format: string; ip: string | null; now?: Date };
export type ApiAccess = { ok: true; keyId: string } | { ok: false; status: 401; message: string };

const REFUSALS = {
  missing: "Kunci API tidak ada. Kirim header Authorization: Bearer <kunci>.",
  unknown: "Kunci API tidak dikenal.",
  revoked: "Kunci API ini sudah dicabut.",
  expired: "Kunci API ini sudah kedaluwarsa.",
  period: "Kunci API ini bukan untuk periode yang diminta.",
} as const;

export async function authorizeApiCall({ db, authorization, year, format, ip, now = new Date() }: ApiCall): Promise<ApiAccess> {
  const key = bearerKey(authorization);
  const row = key ? await db.apiKey.findUnique({ where: { keyHash: hashApiKey(key) }, select: { id: true, revokedAt: true, expiresAt: true, period: { select: { year: true } } } }) : null;
  const refusal: keyof typeof REFUSALS | null = !key
    ? "missing"
    : !row
      ? "unknown"
      : row.revokedAt
        ? "revoked"
        : row.expiresAt && row.expiresAt.getTime() <= now.getTime()
          ? "expired"
          : row.period.year !== year
            ? "period"
            : null;
  await recordAuditEvent(db, { action: "api.pmpzi_export", entityType: "ApiKey", entityId: row?.id ?? null, ip, after: { year, format, outcome: refusal ? `ditolak: ${refusal}` : "ok" } });
  if (refusal) return { ok: false, status: 401, message: REFUSALS[refusal] };
  await db.apiKey.update({ where: { id: row!.id }, data: { lastUsedAt: now } });
  return { ok: true, keyId: row!.id };
}
