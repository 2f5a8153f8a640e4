import "server-only";
import { Transform } from "node:stream";
import type { SessionUser } from "@/lib/auth/session-user";
import type { Db } from "@/lib/db/create-client";
import type { EvidenceStorage } from "@/lib/evidence/storage";
import { estimatePackageBytes, writeProposalPackage } from "./build-package";

// The job that builds a proposal package (lib/jobs, "proposal-package.build"): the zip streams
// from the builder through a byte counter into the evidence storage, which writes a temp file
// while hashing and keeps the result by its sha256. Memory holds stream buffers only.
//
// Idempotent: a package already READY is left alone (a retry, or a second job of the same
// package, does nothing); any other state is rebuilt from the start, which is what a retry after
// a crash mid-build needs. The stored object is content-addressed, so a rebuild that gives the
// same bytes stores nothing new.

export const PROGRESS_EVERY_BYTES = 4 * 1024 * 1024;

export type BuildPackageJobOptions = {
  db: Db;
  storage: EvidenceStorage;
  packageId: string;
  /** Whether the queue will try again after a failure (the message says so). */
  willRetry?: boolean;
  progressEveryBytes?: number;
  log?: Pick<Console, "error">;
};

export type BuildPackageOutcome = "built" | "already-ready" | "gone" | "failed";

export const PACKAGE_FAILED_RETRYING = "Paket gagal dibuat karena kesalahan server; portal mencoba lagi otomatis sebentar lagi.";
export const PACKAGE_FAILED = "Paket gagal dibuat karena kesalahan server. Tekan “Coba lagi”; bila berulang, hubungi admin.";

/** Counts what passes and reports every `every` bytes, one database write in flight at a time. */
function progressCounter(every: number, report: (bytes: number) => Promise<unknown>): Transform & { bytes: () => number; settled: () => Promise<void> } {
  let bytes = 0;
  let reported = 0;
  let inFlight: Promise<unknown> = Promise.resolve();
  let busy = false;
  const stream = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      bytes += chunk.length;
      if (!busy && bytes - reported >= every) {
        reported = bytes;
        busy = true;
        inFlight = report(bytes).catch(() => undefined).finally(() => (busy = false));
      }
      done(null, chunk);
    },
  });
  return Object.assign(stream, { bytes: () => bytes, settled: async () => void (await inFlight) });
}

async function requesterOf(db: Db, userId: string): Promise<SessionUser | null> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { id: true, name: true, role: true, unitId: true, active: true, unit: { select: { name: true } } } });
  if (!user || !user.active || user.role !== "ADMIN") return null;
  return { id: user.id, name: user.name, role: user.role, unitId: user.unitId, unitName: user.unit?.name ?? null };
}

export async function buildProposalPackageJob({ db, storage, packageId, willRetry = false, progressEveryBytes = PROGRESS_EVERY_BYTES, log = console }: BuildPackageJobOptions): Promise<BuildPackageOutcome> {
  const pkg = await db.proposalPackage.findUnique({ where: { id: packageId }, select: { status: true, roundId: true, includeEvidence: true, requestedById: true } });
  if (!pkg) return "gone";
  if (pkg.status === "READY") return "already-ready";
  const fail = async (error: string) => {
    await db.proposalPackage.update({ where: { id: packageId }, data: { status: "FAILED", error, finishedAt: new Date() } });
    return "failed" as const;
  };
  const user = await requesterOf(db, pkg.requestedById);
  // The documents are read as the ADMIN who asked; one who is no longer ADMIN gets nothing built.
  if (!user) return fail("Akun ADMIN yang meminta paket ini tidak aktif lagi. Buat paket baru.");

  const estimate = await estimatePackageBytes({ db, roundId: pkg.roundId, includeEvidence: pkg.includeEvidence });
  await db.proposalPackage.update({
    where: { id: packageId },
    data: { status: "BUILDING", startedAt: new Date(), finishedAt: null, error: null, bytesWritten: 0, entries: 0, missing: 0, estimateBytes: estimate, sha256: null, size: null },
  });
  const counter = progressCounter(progressEveryBytes, (bytes) => db.proposalPackage.updateMany({ where: { id: packageId, status: "BUILDING" }, data: { bytesWritten: bytes } }));
  // Its errors reach the job through the builder's and the storage's promises below. Without a
  // listener, a builder that fails after the storage has already given up (nobody reads the
  // stream any more) would emit an 'error' nobody handles and bring down the whole server.
  counter.on("error", () => undefined);
  try {
    const [summary, stored] = await Promise.all([
      writeProposalPackage({ db, user, storage, roundId: pkg.roundId, includeEvidence: pkg.includeEvidence, output: counter }).then(
        (summary) => {
          // Nothing was written (no letter data): end the stream so the storage stops waiting.
          if (!summary) counter.end();
          return summary;
        },
        (error: unknown) => {
          counter.destroy(error instanceof Error ? error : new Error(String(error)));
          throw error;
        },
      ),
      storage.put({ content: counter }),
    ]);
    await counter.settled();
    if (!summary) return fail("Usulan paket ini tidak ditemukan lagi.");
    await db.proposalPackage.update({
      where: { id: packageId },
      data: { status: "READY", bytesWritten: stored.size, size: stored.size, sha256: stored.sha256, entries: summary.entries, missing: summary.missing, finishedAt: new Date() },
    });
    return "built";
  } catch (error) {
    await counter.settled();
    log.error(`[usulan] paket ${packageId} gagal dibuat`, error);
    await fail(willRetry ? PACKAGE_FAILED_RETRYING : PACKAGE_FAILED);
    throw error;
  }
}
