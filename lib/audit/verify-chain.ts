import type { Db } from "@/lib/db/create-client";
import { GENESIS_HASH, hashAuditEvent, type HashedFields } from "./hash";

// Walks the whole audit chain in id order (the order appendAuditEvent links it in) and
// recomputes every hash. Keyset pagination keeps memory flat for millions of events.
// No "server-only" here: `npm run audit:verify` runs this outside Next.js, like record-event.ts.

export const REASON_CONTENT_CHANGED = "hash tidak cocok dengan isi peristiwa — isi diubah";
export const REASON_LINK_BROKEN = "prevHash tidak sama dengan hash peristiwa sebelumnya — ada peristiwa yang dihapus atau disisipkan";

export type BrokenLink = { id: bigint; at: Date; action: string; reason: string };

export type ChainVerification =
  | { ok: true; events: number; lastHash: string }
  /** `events` counts the events read, the broken one included. */
  | { ok: false; events: number; firstBroken: BrokenLink };

export type VerifyAuditChainOptions = { db: Db; batchSize?: number };

const select = {
  id: true, at: true, actorId: true, action: true, entityType: true, entityId: true,
  unitId: true, assessmentId: true, before: true, after: true, ip: true, prevHash: true, hash: true,
} as const;

type StoredEvent = HashedFields & { id: bigint; prevHash: string; hash: string };

/** What is wrong with one stored event, given the hash of the event before it; null when intact. */
export function checkAuditEvent(expectedPrevHash: string, event: StoredEvent): string | null {
  const fields: HashedFields = {
    at: event.at, actorId: event.actorId, action: event.action, entityType: event.entityType, entityId: event.entityId,
    unitId: event.unitId, assessmentId: event.assessmentId, before: event.before, after: event.after, ip: event.ip,
  };
  // The content first: an edited event is named as edited even if its neighbours still link up.
  if (hashAuditEvent(event.prevHash, fields) !== event.hash) return REASON_CONTENT_CHANGED;
  if (event.prevHash !== expectedPrevHash) return REASON_LINK_BROKEN;
  return null;
}

export async function verifyAuditChain({ db, batchSize = 1000 }: VerifyAuditChainOptions): Promise<ChainVerification> {
  if (!Number.isInteger(batchSize) || batchSize < 1) throw new RangeError(`batchSize harus bilangan bulat positif, bukan ${batchSize}`);
  let previousHash = GENESIS_HASH;
  let events = 0;
  let cursor: bigint | null = null;
  for (;;) {
    const batch: StoredEvent[] = await db.auditEvent.findMany({
      where: cursor === null ? {} : { id: { gt: cursor } },
      orderBy: { id: "asc" },
      take: batchSize,
      select,
    });
    for (const event of batch) {
      events += 1;
      const reason = checkAuditEvent(previousHash, event);
      if (reason) return { ok: false, events, firstBroken: { id: event.id, at: event.at, action: event.action, reason } };
      previousHash = event.hash;
    }
    if (batch.length < batchSize) return { ok: true, events, lastHash: previousHash };
    cursor = batch[batch.length - 1]!.id;
  }
}
