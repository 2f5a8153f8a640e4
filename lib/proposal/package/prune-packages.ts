import "server-only";
import type { Tx } from "@/lib/admin/mutation-support";
import { appendAuditEvent } from "@/lib/audit/record-event";
import { BLOB_REFERENCES } from "@/lib/backup/blob-references";
import type { Db } from "@/lib/db/create-client";
import type { EvidenceStorage } from "@/lib/evidence/storage";

// The daily clean-up of proposal packages (job "proposal-package.prune", lib/jobs/cron-items.ts).
// A package older than PACKAGE_RETENTION_DAYS goes, row and zip, unless it is the newest READY
// package of its round (what ADMIN downloads to send to the TPN) or it is still QUEUED or
// BUILDING (its job is running or waiting). A zip is deleted from the storage only when no row
// names its sha256 any more: the store is shared with bukti dukung, proposal files, the Tabel 5
// documents and the signed LHE, and a rebuild of the same round can give the same bytes.

export const PACKAGE_RETENTION_DAYS = 30;
export const PRUNE_AUDIT_ACTION = "proposal.prune_packages";

export type PruneOutcome = { packages: number; files: number };

type Candidate = { id: string; roundId: string; status: string; sha256: string | null; createdAt: Date };

// Every column that names an object in the storage: the backup's list (lib/backup/blob-references.ts)
// and the packages that stay (a backup leaves package zips out; they are rebuilt).
const REFERENCES: readonly { table: string; sha256Column: string }[] = [...BLOB_REFERENCES, { table: "ProposalPackage", sha256Column: "sha256" }];
const REFERENCED_SQL = `SELECT ${REFERENCES.map((r) => `EXISTS (SELECT 1 FROM "${r.table}" WHERE "${r.sha256Column}" = $1)`).join(" OR ")} AS used`;

async function isStillReferenced(tx: Tx, sha256: string): Promise<boolean> {
  const [row] = await tx.$queryRawUnsafe<{ used: boolean }[]>(REFERENCED_SQL, sha256);
  return row?.used === true;
}

export async function pruneProposalPackages({ db, storage, olderThanDays = PACKAGE_RETENTION_DAYS }: { db: Db; storage: EvidenceStorage; olderThanDays?: number }): Promise<PruneOutcome> {
  return db.$transaction(
    async (tx) => {
      // The rounds are locked as "Buat paket" locks them, so no new package of these rounds is
      // requested (and no identical zip written) between the checks below and the deletion.
      // ("Coba lagi" locks only its package; a retried build takes far longer than this transaction.)
      const rounds = await tx.$queryRaw<{ id: string }[]>`
        SELECT r.id FROM "ProposalRound" r
        WHERE EXISTS (SELECT 1 FROM "ProposalPackage" p WHERE p."roundId" = r.id AND p."createdAt" < now() - make_interval(days => ${olderThanDays}::int))
        ORDER BY r.id FOR UPDATE OF r`;
      if (rounds.length === 0) return { packages: 0, files: 0 };
      const candidates = await tx.$queryRaw<Candidate[]>`
        SELECT p.id, p."roundId", p.status::text AS status, p.sha256, p."createdAt" FROM "ProposalPackage" p
        WHERE p."createdAt" < now() - make_interval(days => ${olderThanDays}::int)
          AND p.status IN ('READY', 'FAILED')
          -- A round with a build under way waits for the next run: that build may write these same bytes.
          AND NOT EXISTS (SELECT 1 FROM "ProposalPackage" b WHERE b."roundId" = p."roundId" AND b.status IN ('QUEUED', 'BUILDING'))
          AND p.id IS DISTINCT FROM (
            SELECT k.id FROM "ProposalPackage" k WHERE k."roundId" = p."roundId" AND k.status = 'READY'
            ORDER BY k."createdAt" DESC, k.id DESC LIMIT 1)
        ORDER BY p."createdAt"
        FOR UPDATE OF p`;
      if (candidates.length === 0) return { packages: 0, files: 0 };
      await tx.proposalPackage.deleteMany({ where: { id: { in: candidates.map((c) => c.id) } } });
      const unused: string[] = [];
      for (const sha256 of new Set(candidates.flatMap((c) => (c.sha256 ? [c.sha256] : [])))) {
        if (!(await isStillReferenced(tx, sha256))) unused.push(sha256);
      }
      await appendAuditEvent(tx, {
        actorId: null,
        action: PRUNE_AUDIT_ACTION,
        entityType: "ProposalPackage",
        after: {
          olderThanDays,
          packages: candidates.map((c) => ({ id: c.id, roundId: c.roundId, status: c.status, sha256: c.sha256, createdAt: c.createdAt.toISOString() })),
          deletedFiles: unused,
        },
      });
      // Last, inside the transaction: a failure here rolls the rows back and the next run tries
      // again. (A commit that fails after this leaves rows of old packages without their zip,
      // which the next run deletes; the other order could leave zips that nothing names, forever.)
      for (const sha256 of unused) await storage.delete({ sha256 });
      return { packages: candidates.length, files: unused.length };
    },
    { timeout: 120_000, maxWait: 10_000 },
  );
}
