import type { Db } from "@/lib/db/create-client";
import type { Prisma } from "@/lib/db/generated/client";
import { GENESIS_HASH, hashAuditEvent } from "./hash";

export type AuditInput = {
  actorId?: string | null;
  action: string;
  entityType: string;
  entityId?: string | null;
  unitId?: string | null;
  assessmentId?: string | null;
  before?: Prisma.InputJsonValue | null;
  after?: Prisma.InputJsonValue | null;
  ip?: string | null;
};

type Tx = Prisma.TransactionClient;

// One lock for the whole chain: appends are serialised so each event links to the
// one truly before it. Held only until the surrounding transaction ends.
const AUDIT_CHAIN_LOCK = 5_262_001;

/** Appends an event inside the caller's transaction, so the change and its record commit together. */
export async function appendAuditEvent(tx: Tx, input: AuditInput): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${AUDIT_CHAIN_LOCK})`;
  const last = await tx.auditEvent.findFirst({ orderBy: { id: "desc" }, select: { hash: true } });
  const prevHash = last?.hash ?? GENESIS_HASH;
  const fields = {
    at: new Date(),
    actorId: input.actorId ?? null,
    action: input.action,
    entityType: input.entityType,
    entityId: input.entityId ?? null,
    unitId: input.unitId ?? null,
    assessmentId: input.assessmentId ?? null,
    before: input.before ?? null,
    after: input.after ?? null,
    ip: input.ip ?? null,
  };
  await tx.auditEvent.create({
    data: {
      ...fields,
      before: fields.before ?? undefined,
      after: fields.after ?? undefined,
      prevHash,
      hash: hashAuditEvent(prevHash, fields),
    },
  });
}

/** Records an event on its own (sign-ins and other events with no accompanying write). */
export async function recordAuditEvent(db: Db, input: AuditInput): Promise<void> {
  await db.$transaction((tx) => appendAuditEvent(tx, input));
}
