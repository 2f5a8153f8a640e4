import type { Db } from "@/lib/db/create-client";
import type { Prisma } from "@/lib/db/generated/client";
import { requestAuditSeal } from "./seal-request";

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

function row(input: AuditInput): Prisma.AuditEventCreateManyInput {
  return {
    at: new Date(),
    actorId: input.actorId ?? null,
    action: input.action,
    entityType: input.entityType,
    entityId: input.entityId ?? null,
    unitId: input.unitId ?? null,
    assessmentId: input.assessmentId ?? null,
    before: input.before ?? undefined,
    after: input.after ?? undefined,
    ip: input.ip ?? null,
  };
}

/**
 * Appends an event inside the caller's transaction, so the change and its record commit
 * together. Only its content: no lock and no read, so writers never wait on one another here.
 * The sequencer links it into the hash chain after commit (lib/audit/sequencer.ts).
 */
export async function appendAuditEvent(tx: Tx, input: AuditInput): Promise<void> {
  await tx.auditEvent.createMany({ data: [row(input)] });
  requestAuditSeal();
}

/** Records an event on its own (sign-ins and other events with no accompanying write). */
export async function recordAuditEvent(db: Db, input: AuditInput): Promise<void> {
  await db.auditEvent.createMany({ data: [row(input)] });
  requestAuditSeal();
}
