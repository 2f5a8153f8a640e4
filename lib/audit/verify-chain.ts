import type { Db } from "@/lib/db/create-client";
import { checkCheckpointSignature, type AuditSigningKey } from "./checkpoint";
import { GENESIS_HASH, hashAuditEvent, type HashedFields } from "./hash";
import { sealedEvents, signedCheckpoints, type StoredCheckpoint, type StoredEvent } from "./chain-reader";

// Walks the sealed audit chain in seq order (the order the sequencer linked it in), recomputes
// every hash, and holds it against the signed checkpoints; then looks for events left unsealed
// for too long. Keyset pagination keeps memory flat for millions of events.
// No "server-only" here: `npm run audit:verify` runs this outside Next.js.

export const REASON_CONTENT_CHANGED = "hash tidak cocok dengan isi peristiwa — isi diubah";
export const REASON_LINK_BROKEN = "prevHash tidak sama dengan hash peristiwa sebelumnya — ada peristiwa yang dihapus atau disisipkan";
export const REASON_SEQ_GAP = "nomor urut melompat — ada peristiwa yang dihapus";
export const REASON_CHECKPOINT_MISMATCH = "hash peristiwa tidak sama dengan checkpoint bertanda tangan — rantai ditulis ulang";
export const REASON_NEWEST_REMOVED = "checkpoint bertanda tangan mencatat peristiwa yang tidak ada lagi — peristiwa terbaru dihapus";
export const REASON_CHECKPOINT_FORGED = "tanda tangan checkpoint tidak sah — checkpoint dipalsukan atau diubah";
export const REASON_OTHER_KEY = "checkpoint ditandatangani kunci lain — AUDIT_SIGNING_KEY/AUTH_SECRET berubah, atau checkpoint dipalsukan";
export const REASON_UNCHECKPOINTED = "peristiwa tersegel tanpa checkpoint — disegel di luar sequencer portal";
export const reasonUnsealed = (minutes: number) =>
  `belum disegel lebih dari ${minutes} menit — sequencer portal tidak berjalan, atau peristiwa disisipkan tanpa portal`;

export type BrokenPoint =
  | { kind: "event"; id: bigint; seq: bigint | null; at: Date; action: string; reason: string }
  | { kind: "checkpoint"; seq: bigint; at: Date; reason: string };

export type ChainVerification =
  | { ok: true; events: number; lastHash: string; unsealed: number; checkpoint: { seq: bigint; at: Date } | null }
  /** `events` counts the sealed events read, the broken one included. */
  | { ok: false; events: number; firstBroken: BrokenPoint };

export type AuditReader = Pick<Db, "auditEvent" | "auditCheckpoint">;

export type VerifyAuditChainOptions = {
  db: AuditReader;
  signing: AuditSigningKey;
  now?: Date;
  /** An event still unsealed after this long means the sequencer is not running. */
  maxUnsealedMinutes?: number;
  /** False when the sequencer checks a migrated chain before extending it. */
  checkUnsealed?: boolean;
  batchSize?: number;
};

/** What is wrong with one sealed event, given the hash and seq expected of it; null when intact. */
export function checkAuditEvent(expectedPrevHash: string, expectedSeq: bigint, event: StoredEvent): string | null {
  const { id: _id, seq, prevHash, hash, ...fields } = event;
  // The content first: an edited event is named as edited even if its neighbours still link up.
  if (hashAuditEvent(prevHash, fields satisfies HashedFields) !== hash) return REASON_CONTENT_CHANGED;
  if (seq !== expectedSeq) return REASON_SEQ_GAP;
  if (prevHash !== expectedPrevHash) return REASON_LINK_BROKEN;
  return null;
}

/** What is wrong with a checkpoint, given the sealed event at its seq (undefined: past the end). */
export function checkCheckpoint(signing: AuditSigningKey, checkpoint: StoredCheckpoint, event: StoredEvent | undefined): string | null {
  const signature = checkCheckpointSignature(signing, checkpoint);
  if (signature === "other-key") return REASON_OTHER_KEY;
  if (signature === "bad-signature" || checkpoint.count !== checkpoint.seq) return REASON_CHECKPOINT_FORGED;
  if (!event) return REASON_NEWEST_REMOVED;
  return event.seq === checkpoint.seq && event.hash === checkpoint.headHash ? null : REASON_CHECKPOINT_MISMATCH;
}

const eventPoint = (event: StoredEvent, reason: string): BrokenPoint => ({ kind: "event", id: event.id, seq: event.seq, at: event.at, action: event.action, reason });

export async function verifyAuditChain({ db, signing, now = new Date(), maxUnsealedMinutes = 10, checkUnsealed = true, batchSize = 1000 }: VerifyAuditChainOptions): Promise<ChainVerification> {
  if (!Number.isInteger(batchSize) || batchSize < 1) throw new RangeError(`batchSize harus bilangan bulat positif, bukan ${batchSize}`);
  const checkpoints = signedCheckpoints(db, batchSize);
  let checkpoint = (await checkpoints.next()).value;
  let lastCheckpoint: StoredCheckpoint | null = null;
  let firstUncheckpointed: StoredEvent | null = null;
  let previousHash = GENESIS_HASH;
  let expectedSeq = 1n;
  let events = 0;
  for await (const event of sealedEvents(db, batchSize)) {
    events += 1;
    const reason = checkAuditEvent(previousHash, expectedSeq, event);
    if (reason) return { ok: false, events, firstBroken: eventPoint(event, reason) };
    firstUncheckpointed ??= event;
    while (checkpoint && checkpoint.seq <= event.seq) {
      const problem = checkCheckpoint(signing, checkpoint, event);
      if (problem) return { ok: false, events, firstBroken: { kind: "checkpoint", seq: checkpoint.seq, at: checkpoint.at, reason: problem } };
      [lastCheckpoint, firstUncheckpointed] = [checkpoint, null];
      checkpoint = (await checkpoints.next()).value;
    }
    previousHash = event.hash;
    expectedSeq += 1n;
  }
  if (checkpoint) {
    return { ok: false, events, firstBroken: { kind: "checkpoint", seq: checkpoint.seq, at: checkpoint.at, reason: checkCheckpoint(signing, checkpoint, undefined)! } };
  }
  // The sequencer writes a checkpoint in the transaction that seals, so once there is one the
  // newest sealed event always has one. (A migrated chain has none until the first run.)
  if (lastCheckpoint && firstUncheckpointed) return { ok: false, events, firstBroken: eventPoint(firstUncheckpointed, REASON_UNCHECKPOINTED) };
  const unsealed = await db.auditEvent.count({ where: { seq: null } });
  if (checkUnsealed && unsealed > 0) {
    const stale = await db.auditEvent.findFirst({
      where: { seq: null, at: { lt: new Date(now.getTime() - maxUnsealedMinutes * 60_000) } },
      orderBy: { id: "asc" },
      select: { id: true, at: true, action: true },
    });
    if (stale) return { ok: false, events, firstBroken: { kind: "event", ...stale, seq: null, reason: reasonUnsealed(maxUnsealedMinutes) } };
  }
  return { ok: true, events, lastHash: previousHash, unsealed, checkpoint: lastCheckpoint && { seq: lastCheckpoint.seq, at: lastCheckpoint.at } };
}
