import "server-only";
import { type MutationOptions, requireActor } from "@/lib/admin/mutation-support";
import { appendAuditEvent } from "@/lib/audit/record-event";
import { DomainError } from "@/lib/errors";
import { endOfDayInZone } from "@/lib/instansi/time-zone";
import { instansiTimeZone } from "@/lib/instansi/today";
import { generateApiKey } from "./key";
import type { CreateApiKeyInput, RevokeApiKeyInput } from "./schemas";

// ADMIN creates and revokes the read-only keys of the PMPZI API. The key itself is returned once
// and never stored or audited; the audit event names the key by its id and prefix.

export async function createApiKey({ db, actorId, input }: MutationOptions<CreateApiKeyInput>) {
  const { key, prefix, hash } = generateApiKey();
  return db.$transaction(async (tx) => {
    const period = await tx.period.findUnique({ where: { id: input.periodId }, select: { year: true } });
    if (!period) throw new DomainError("Periode tidak ditemukan.");
    // The key works through the whole of its last day in the instansi's zone.
    const expiresAt = input.expiresOn ? endOfDayInZone(input.expiresOn, await instansiTimeZone(tx)) : null;
    const row = await tx.apiKey.create({ data: { name: input.name, periodId: input.periodId, prefix, keyHash: hash, expiresAt, createdById: requireActor(actorId) }, select: { id: true } });
    await appendAuditEvent(tx, { actorId, action: "api_key.create", entityType: "ApiKey", entityId: row.id, after: { name: input.name, year: period.year, prefix, expiresOn: input.expiresOn } });
    return { id: row.id, key, prefix };
  });
}

export async function revokeApiKey({ db, actorId, input, now = new Date() }: MutationOptions<RevokeApiKeyInput> & { now?: Date }) {
  return db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM "ApiKey" WHERE id = ${input.id}::uuid FOR UPDATE`;
    const row = await tx.apiKey.findUnique({ where: { id: input.id }, select: { name: true, prefix: true, revokedAt: true } });
    if (!row) throw new DomainError("Kunci API tidak ditemukan.");
    if (row.revokedAt) throw new DomainError("Kunci API ini sudah dicabut.");
    await tx.apiKey.update({ where: { id: input.id }, data: { revokedAt: now, revokedById: requireActor(actorId) } });
    await appendAuditEvent(tx, { actorId, action: "api_key.revoke", entityType: "ApiKey", entityId: input.id, before: { revokedAt: null }, after: { name: row.name, prefix: row.prefix, revokedAt: now.toISOString() } });
    return { id: input.id };
  });
}
