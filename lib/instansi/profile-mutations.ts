import "server-only";
import { appendAuditEvent } from "@/lib/audit/record-event";
import type { MutationOptions } from "@/lib/admin/mutation-support";
import type { InstansiProfileInput } from "./schemas";

/** Creates or replaces the one instansi profile, audited with what it was before. */
export async function saveInstansiProfile({ db, actorId, input }: MutationOptions<InstansiProfileInput>): Promise<InstansiProfileInput> {
  return db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM "Instansi" WHERE id = 1 FOR UPDATE`;
    const before = await tx.instansi.findUnique({
      where: { id: 1 },
      select: { name: true, kind: true, regionName: true, headTitle: true, timeZone: true },
    });
    const saved = await tx.instansi.upsert({
      where: { id: 1 },
      create: { id: 1, ...input },
      update: input,
      select: { name: true, kind: true, regionName: true, headTitle: true, timeZone: true },
    });
    await appendAuditEvent(tx, { actorId, action: "instansi.update", entityType: "Instansi", entityId: "1", before, after: saved });
    return saved;
  });
}
