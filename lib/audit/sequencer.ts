import "server-only";
import type { Db } from "@/lib/db/create-client";
import { CONTENT_SELECT } from "./chain-reader";
import { signCheckpoint, type AuditSigningKey } from "./checkpoint";
import { GENESIS_HASH, hashAuditEvent } from "./hash";
import { describeBrokenPoint } from "./verify-report";
import { verifyAuditChain } from "./verify-chain";

// The sequencer: links committed, unsealed audit events into the hash chain (seq, prevHash,
// hash) in the order it sees them, and signs a checkpoint of the new head in the same
// transaction. One at a time across every web server (a try-lock: a second one returns "busy"
// instead of waiting); idempotent (it only touches rows still unsealed). Writers never wait
// for it; events show in the timeline before they are sealed.

const SEQUENCER_LOCK = 5_262_002;

type Head = { seq: bigint; hash: string };

export type SealOutcome =
  | { status: "sealed"; sealed: number; head: Head | null }
  /** Another sequencer holds the lock right now. */
  | { status: "busy" }
  /** The chain migrated from before the sequencer is broken: nothing is linked to it. */
  | { status: "refused"; reason: string };

export type SealAuditEventsOptions = { db: Db; signing: AuditSigningKey; batchSize?: number; now?: () => Date };

export async function sealAuditEvents({ db, signing, batchSize = 500, now = () => new Date() }: SealAuditEventsOptions): Promise<SealOutcome> {
  const migrated = await checkMigratedChain(db, signing);
  if (migrated.status === "refused") return migrated;
  let sealed = 0;
  let head: Head | null = null;
  for (;;) {
    const batch = await sealBatch({ db, signing, batchSize, now, migratedHead: migrated.head });
    if (batch.status === "busy") return sealed > 0 ? { status: "sealed", sealed, head } : batch;
    sealed += batch.sealed;
    head = batch.head;
    if (batch.sealed < batchSize) return { status: "sealed", sealed, head };
  }
}

/**
 * Before the first checkpoint, the sealed events are the chain the old writer built: verify it
 * once (issue 11, "verify the old chain once") before anything is linked to it.
 */
async function checkMigratedChain(db: Db, signing: AuditSigningKey): Promise<{ status: "ok"; head: Head | null } | { status: "refused"; reason: string }> {
  if (await db.auditCheckpoint.findFirst({ select: { id: true } })) return { status: "ok", head: null };
  if (!(await db.auditEvent.findFirst({ where: { seq: { not: null } }, select: { id: true } }))) return { status: "ok", head: null };
  const result = await verifyAuditChain({ db, signing, checkUnsealed: false });
  if (!result.ok) return { status: "refused", reason: describeBrokenPoint(result.firstBroken) };
  return { status: "ok", head: { seq: BigInt(result.events), hash: result.lastHash } };
}

type BatchOptions = Required<Omit<SealAuditEventsOptions, "db">> & { db: Db; migratedHead: Head | null };

function sealBatch({ db, signing, batchSize, now, migratedHead }: BatchOptions): Promise<{ status: "busy" } | { status: "sealed"; sealed: number; head: Head | null }> {
  return db.$transaction(
    async (tx) => {
      const [lock] = await tx.$queryRaw<{ locked: boolean }[]>`SELECT pg_try_advisory_xact_lock(${SEQUENCER_LOCK}) AS "locked"`;
      if (!lock?.locked) return { status: "busy" as const };
      const checkpoint = await tx.auditCheckpoint.findFirst({ orderBy: { seq: "desc" }, select: { seq: true, headHash: true } });
      let head: Head | null = checkpoint && { seq: checkpoint.seq, hash: checkpoint.headHash };
      if (!checkpoint) {
        const last = await tx.auditEvent.findFirst({ where: { seq: { not: null } }, orderBy: { seq: "desc" }, select: { seq: true, hash: true } });
        head = last && { seq: last.seq!, hash: last.hash! };
        if (head && (head.seq !== migratedHead?.seq || head.hash !== migratedHead.hash)) throw new Error("rantai audit lama berubah sejak diperiksa");
      }
      const events = await tx.auditEvent.findMany({ where: { seq: null }, orderBy: { id: "asc" }, take: batchSize, select: CONTENT_SELECT });
      const rows = { ids: [] as string[], seqs: [] as string[], prevs: [] as string[], hashes: [] as string[] };
      let seq = head?.seq ?? 0n;
      let prevHash = head?.hash ?? GENESIS_HASH;
      for (const { id, ...fields } of events) {
        seq += 1n;
        const hash = hashAuditEvent(prevHash, fields);
        rows.ids.push(String(id));
        rows.seqs.push(String(seq));
        rows.prevs.push(prevHash);
        rows.hashes.push(hash);
        prevHash = hash;
      }
      if (events.length > 0) {
        const updated = await tx.$executeRaw`
          UPDATE "AuditEvent" e SET "seq" = v.seq, "prevHash" = v.prev, "hash" = v.hash
          FROM unnest(${rows.ids}::bigint[], ${rows.seqs}::bigint[], ${rows.prevs}::text[], ${rows.hashes}::text[]) AS v(id, seq, prev, hash)
          WHERE e."id" = v.id AND e."seq" IS NULL`;
        if (updated !== events.length) throw new Error(`penyegelan audit: ${updated} dari ${events.length} peristiwa diperbarui`);
        head = { seq, hash: prevHash };
      }
      if (head && head.seq !== checkpoint?.seq) {
        await tx.auditCheckpoint.create({ data: signCheckpoint(signing, { seq: head.seq, headHash: head.hash, count: head.seq, at: now() }) });
      }
      return { status: "sealed" as const, sealed: events.length, head };
    },
    // Off the write path: generous limits, so a busy machine delays sealing rather than failing it.
    { maxWait: 10_000, timeout: 30_000 },
  );
}
