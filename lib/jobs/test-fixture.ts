import pg from "pg";
import type { Db } from "@/lib/db/create-client";
import { createProposalFixture } from "@/lib/proposal/test-fixture";

// For the queue's integration and Playwright tests: a package that builds for real (an approved
// round of one unit with a FINAL evaluation), its row and its job written in one transaction as
// "Buat paket" writes them (lib/proposal/package/package-mutations.ts). Imports nothing
// server-only, so a Playwright spec can use it too.

export async function createBuildablePackage(db: Db): Promise<{ packageId: string; roundId: string; adminId: string }> {
  const f = await createProposalFixture(db);
  const unit = await f.unit();
  const round = await db.proposalRound.create({
    data: { periodId: f.period.id, status: "APPROVED", letterNumber: "800/9/Org", signerName: "Bupati Uji", approvedById: f.users.PIMPINAN.id, approvedAt: new Date(), createdById: f.users.ADMIN.id },
  });
  await db.proposedUnit.create({ data: { roundId: round.id, unitId: unit.id, assessmentId: unit.assessmentId, target: "WBK", route: "REGULER", selectedById: f.users.ADMIN.id } });
  const packageId = await addPackage(db, { roundId: round.id, requestedById: f.users.ADMIN.id });
  return { packageId, roundId: round.id, adminId: f.users.ADMIN.id };
}

/** Another package of the round, with its build job. */
export async function addPackage(db: Db, { roundId, requestedById }: { roundId: string; requestedById: string }): Promise<string> {
  return db.$transaction(async (tx) => {
    const row = await tx.proposalPackage.create({ data: { roundId, includeEvidence: false, requestedById }, select: { id: true } });
    await tx.$executeRaw`SELECT graphile_worker.add_job('proposal-package.build', ${JSON.stringify({ packageId: row.id })}::json, queue_name => ${`proposal-package:${row.id}`}::text, max_attempts => 3)`;
    return row.id;
  });
}

/**
 * Holds the package's row lock from another connection: a build that reaches its first write
 * (status BUILDING) waits there, a job that runs for as long as the test wants. No thread of
 * the worker is blocked (a network wait), so its process can still stop or be killed.
 */
export async function holdPackageRow(connectionString: string, packageId: string): Promise<{ release: () => Promise<void> }> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  await client.query("BEGIN");
  await client.query(`SELECT id FROM "ProposalPackage" WHERE id = $1 FOR UPDATE`, [packageId]);
  return {
    release: async () => {
      await client.query("ROLLBACK");
      await client.end();
    },
  };
}

export type JobLock = { lockedBy: string | null; lockedAt: Date | null; attempts: number; queueLockedBy: string | null };

/** The lock of the build job of a package, and of its queue, as graphile-worker keeps them. */
export async function jobLockOf(db: Db, packageId: string): Promise<JobLock | null> {
  const [row] = await db.$queryRaw<{ locked_by: string | null; locked_at: Date | null; attempts: number; queue_locked_by: string | null }[]>`
    SELECT j.locked_by, j.locked_at, j.attempts, q.locked_by AS queue_locked_by FROM graphile_worker._private_jobs j
    LEFT JOIN graphile_worker._private_job_queues q ON q.id = j.job_queue_id
    WHERE j.payload->>'packageId' = ${packageId}`;
  return row ? { lockedBy: row.locked_by, lockedAt: row.locked_at, attempts: row.attempts, queueLockedBy: row.queue_locked_by } : null;
}

export async function waitUntil<T>(what: string, probe: () => Promise<T | null | undefined | false>, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`Tidak terjadi dalam ${timeoutMs} ms: ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
