import "server-only";
import type { Db } from "@/lib/db/create-client";

// What the proposal pages show of a round's packages: the newest few, their state and progress.
// BigInt columns become numbers (a package of a few GB is far below 2^53).

export type PackageView = {
  id: string;
  includeEvidence: boolean;
  status: "QUEUED" | "BUILDING" | "READY" | "FAILED";
  estimateBytes: number;
  bytesWritten: number;
  size: number | null;
  sha256: string | null;
  entries: number;
  missing: number;
  error: string | null;
  createdAt: string;
  finishedAt: string | null;
};

const SHOWN = 5;

export async function listProposalPackages({ db, roundId }: { db: Db; roundId: string }): Promise<PackageView[]> {
  const rows = await db.proposalPackage.findMany({ where: { roundId }, orderBy: { createdAt: "desc" }, take: SHOWN });
  return rows.map((r) => ({
    id: r.id,
    includeEvidence: r.includeEvidence,
    status: r.status,
    estimateBytes: Number(r.estimateBytes),
    bytesWritten: Number(r.bytesWritten),
    size: r.size === null ? null : Number(r.size),
    sha256: r.sha256,
    entries: r.entries,
    missing: r.missing,
    error: r.error,
    createdAt: r.createdAt.toISOString(),
    finishedAt: r.finishedAt?.toISOString() ?? null,
  }));
}
