import type { Db } from "@/lib/db/create-client";
import type { SignedCheckpoint } from "./checkpoint";
import type { HashedFields } from "./hash";

// Reads the sealed chain and its checkpoints in seq order, a batch at a time (keyset pagination),
// for audit:verify and the sequencer's check of a migrated chain.

export type StoredEvent = HashedFields & { id: bigint; seq: bigint; prevHash: string; hash: string };
export type StoredCheckpoint = SignedCheckpoint & { id: bigint };

type Reader = Pick<Db, "auditEvent" | "auditCheckpoint">;
type SealedRow = HashedFields & { id: bigint; seq: bigint | null; prevHash: string | null; hash: string | null };

export const CONTENT_SELECT = {
  id: true, at: true, actorId: true, action: true, entityType: true, entityId: true,
  unitId: true, assessmentId: true, before: true, after: true, ip: true,
} as const;

export async function* sealedEvents(db: Reader, batchSize: number): AsyncGenerator<StoredEvent> {
  let cursor: bigint | null = null;
  for (;;) {
    const batch: SealedRow[] = await db.auditEvent.findMany({
      where: { seq: cursor === null ? { not: null } : { gt: cursor } },
      orderBy: { seq: "asc" },
      take: batchSize,
      select: { ...CONTENT_SELECT, seq: true, prevHash: true, hash: true },
    });
    for (const row of batch) {
      // A sealed row has all three (the database's guard allows setting them only together);
      // a row that lost one was tampered with outside the guard and fails its hash check.
      yield { ...row, seq: row.seq!, prevHash: row.prevHash ?? "", hash: row.hash ?? "" };
    }
    if (batch.length < batchSize) return;
    cursor = batch[batch.length - 1]!.seq;
  }
}

export async function* signedCheckpoints(db: Reader, batchSize: number): AsyncGenerator<StoredCheckpoint> {
  let cursor: bigint | null = null;
  for (;;) {
    const batch: StoredCheckpoint[] = await db.auditCheckpoint.findMany({ where: cursor === null ? {} : { seq: { gt: cursor } }, orderBy: { seq: "asc" }, take: batchSize });
    yield* batch;
    if (batch.length < batchSize) return;
    cursor = batch[batch.length - 1]!.seq;
  }
}
