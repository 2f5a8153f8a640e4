import { randomBytes } from "node:crypto";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTempStorage } from "@/lib/evidence/test-fixture";
import { PRUNE_AUDIT_ACTION } from "@/lib/proposal/package/prune-packages";
import { getTestDb, resetDatabase, testDatabaseUrl } from "@/tests/support/db";
import { createBuildablePackage, waitUntil } from "./test-fixture";
import { startJobWorker, type JobWorker } from "./worker";

// The daily prune through the queue: a worker registers the cron item with graphile-worker and
// runs "proposal-package.prune" with the retention it was given (PACKAGE_RETENTION_DAYS).

const db = () => getTestDb();
let temp: Awaited<ReturnType<typeof createTempStorage>>;
let worker: JobWorker | null = null;

beforeEach(async () => {
  await resetDatabase();
  await db().$executeRawUnsafe("TRUNCATE graphile_worker._private_known_crontabs");
  temp = await createTempStorage();
});
afterEach(async () => {
  await worker?.stop({ graceMs: 2_000 });
  worker = null;
  await temp.remove();
});

describe("the prune job", () => {
  it("is scheduled by every worker and deletes, when run, the packages older than the retention", async () => {
    const { packageId: newest, roundId } = await createBuildablePackage(db());
    // The build job is not part of this test: the package row stands for a newer READY package.
    await db().$executeRaw`DELETE FROM graphile_worker._private_jobs`;
    await db().proposalPackage.update({ where: { id: newest }, data: { status: "READY", sha256: (await temp.storage.put({ content: randomBytes(100) })).sha256 } });
    const oldZip = await temp.storage.put({ content: randomBytes(2_000) });
    const old = await db().proposalPackage.create({
      data: { roundId, includeEvidence: true, status: "READY", sha256: oldZip.sha256, size: oldZip.size, requestedById: (await db().user.findFirstOrThrow({ where: { role: "ADMIN" } })).id, createdAt: new Date(Date.now() - 8 * 86_400_000) },
    });

    worker = await startJobWorker({ connectionString: testDatabaseUrl(), db: db(), storage: temp.storage, pollIntervalMs: 200, packageRetentionDays: 7 });
    const known = await db().$queryRaw<{ identifier: string }[]>`SELECT identifier FROM graphile_worker._private_known_crontabs`;
    expect(known).toEqual([{ identifier: "proposal-package.prune" }]);

    await db().$executeRaw`SELECT graphile_worker.add_job('proposal-package.prune', '{}'::json, queue_name => 'proposal-package.prune')`;
    const event = await waitUntil("peristiwa audit pemangkasan", () => db().auditEvent.findFirst({ where: { action: PRUNE_AUDIT_ACTION } }), 15_000);
    expect(event.after).toMatchObject({ olderThanDays: 7, deletedFiles: [oldZip.sha256] });
    expect(await db().proposalPackage.findUnique({ where: { id: old.id } })).toBeNull();
    expect(await db().proposalPackage.findUnique({ where: { id: newest } })).not.toBeNull();
    expect(await temp.storage.has({ sha256: oldZip.sha256 })).toBe(false);
  });
});
