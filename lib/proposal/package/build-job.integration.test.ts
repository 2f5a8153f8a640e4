import { randomBytes } from "node:crypto";
import JSZip from "jszip";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { getSessionUser } from "@/lib/auth/session";
import type { EvidenceStorage } from "@/lib/evidence/storage";
import { createTempStorage } from "@/lib/evidence/test-fixture";
import { enqueueJob } from "@/lib/jobs/enqueue";
import { startJobWorker, type JobWorker } from "@/lib/jobs/worker";
import { getTestDb, resetDatabase, testDatabaseUrl } from "@/tests/support/db";
import { approveProposalRoundAction, requestProposalPackageAction, retryProposalPackageAction, saveProposalRoundAction, selectProposalUnitAction } from "../actions";
import { createProposalFixture } from "../test-fixture";
import { buildProposalPackageJob, PACKAGE_FAILED } from "./build-job";
import { sha256Of } from "./hashing";
import { PACKAGE_ORPHANED, recoverOrphanPackages } from "./recover-orphans";

// The package as a job of the queue (STYLE.md, work outside a request): enqueued in the
// transaction that records the package, built by the worker into the storage, idempotent.
vi.mock("@/lib/auth/session", () => ({ getSessionUser: vi.fn() }));
vi.mock("@/lib/db/prisma", () => ({ getDb: () => getTestDb() }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

const db = () => getTestDb();
const silent = { error: () => undefined };
let f: Awaited<ReturnType<typeof createProposalFixture>>;
let temp: Awaited<ReturnType<typeof createTempStorage>>;
let workers: JobWorker[] = [];
let roundId: string;

// The public view graphile_worker.jobs leaves the payload out; the queue's own tables have it.
const jobsOf = (packageId: string) =>
  db().$queryRaw<{ task_identifier: string; queue_name: string | null }[]>`
    SELECT t.identifier AS task_identifier, q.queue_name FROM graphile_worker._private_jobs j
    JOIN graphile_worker._private_tasks t ON t.id = j.task_id
    LEFT JOIN graphile_worker._private_job_queues q ON q.id = j.job_queue_id
    WHERE j.payload->>'packageId' = ${packageId}`;

async function approvedRound(): Promise<string> {
  vi.mocked(getSessionUser).mockResolvedValue(f.users.ADMIN);
  const saved = await saveProposalRoundAction({ periodId: f.period.id, quota: "", letterNumber: "800/7", signerName: "Bupati Uji", signerNip: "" });
  if (!saved.ok) throw new Error(saved.error);
  const unit = await f.unit();
  expect((await selectProposalUnitAction({ roundId: saved.data.id, unitId: unit.id, target: "WBK" })).ok).toBe(true);
  const bytes = randomBytes(200_000);
  const stored = await temp.storage.put({ content: bytes });
  await db().evidence.create({ data: { assessmentId: unit.assessmentId, questionCode: "A.I.1.i.a", kind: "FILE", fileName: "sk-tim.pdf", mimeType: "application/pdf", size: stored.size, sha256: stored.sha256, uploadedById: f.users.OPERATOR.id } });
  vi.mocked(getSessionUser).mockResolvedValue(f.users.PIMPINAN);
  expect((await approveProposalRoundAction({ roundId: saved.data.id, lateReason: "" })).ok).toBe(true);
  vi.mocked(getSessionUser).mockResolvedValue(f.users.ADMIN);
  return saved.data.id;
}

async function requestPackage(): Promise<string> {
  const result = await requestProposalPackageAction({ roundId, includeEvidence: true });
  if (!result.ok) throw new Error(result.error);
  return result.data.id;
}

async function waitForStatus(packageId: string, status: string, timeoutMs = 20_000) {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const row = await db().proposalPackage.findUniqueOrThrow({ where: { id: packageId } });
    if (row.status === status) return row;
    if (Date.now() > until) throw new Error(`package still ${row.status}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function unzipStored(sha256: string): Promise<JSZip> {
  const body = await temp.storage.get({ sha256 });
  if (!body) throw new Error("package not stored");
  const chunks: Buffer[] = [];
  for await (const c of body) chunks.push(c as Buffer);
  return JSZip.loadAsync(Buffer.concat(chunks));
}

beforeEach(async () => {
  await resetDatabase();
  temp = await createTempStorage();
  f = await createProposalFixture(db());
  roundId = await approvedRound();
});
afterEach(async () => {
  await Promise.all(workers.map((w) => w.stop()));
  workers = [];
  await temp.remove();
});

describe("the proposal package job", () => {
  it("is enqueued in the transaction that records the package, and not at all when it rolls back", async () => {
    const packageId = await requestPackage();
    expect(await jobsOf(packageId)).toEqual([{ task_identifier: "proposal-package.build", queue_name: `proposal-package:${packageId}` }]);
    const pkg = await db().proposalPackage.findUniqueOrThrow({ where: { id: packageId } });
    expect(pkg.status).toBe("QUEUED");
    expect(await db().auditEvent.count({ where: { action: "proposal.request_package", entityId: packageId } })).toBe(1);

    const ghost = "00000000-0000-4000-8000-000000000001";
    await expect(
      db().$transaction(async (tx) => {
        await enqueueJob(tx, { name: "proposal-package.build", payload: { packageId: ghost }, queueName: "x" });
        throw new Error("rollback");
      }),
    ).rejects.toThrow("rollback");
    expect(await jobsOf(ghost)).toEqual([]);

    // A refused request (the same package already building) writes neither a row nor a job.
    const again = await requestProposalPackageAction({ roundId, includeEvidence: true });
    expect(again).toEqual({ ok: false, error: "Paket yang sama sedang dibuat; tunggu sampai selesai." });
    expect(await db().proposalPackage.count()).toBe(1);
    expect(await db().$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM graphile_worker._private_jobs`).toEqual([{ n: 1n }]);
  });

  it("is built once by two workers into the storage, with a manifest every entry matches; a second run does not rebuild", async () => {
    let puts = 0;
    const counting: EvidenceStorage = { ...temp.storage, put: (o) => ((puts += 1), temp.storage.put(o)) };
    for (let i = 0; i < 2; i++) workers.push(await startJobWorker({ connectionString: testDatabaseUrl(), db: db(), storage: counting, pollIntervalMs: 200, log: silent }));
    const packageId = await requestPackage();
    const ready = await waitForStatus(packageId, "READY");
    expect(puts).toBe(1);
    expect(ready.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(ready.bytesWritten).toBe(ready.size);
    expect(ready.error).toBeNull();

    const zip = await unzipStored(ready.sha256!);
    const names = Object.keys(zip.files).filter((n) => !zip.files[n]!.dir).sort();
    expect(names.some((n) => n.endsWith("/bukti-dukung/A.I.1.i.a/001-sk-tim.pdf"))).toBe(true);
    const manifest = (await zip.file("manifest.sha256")!.async("string")).trim().split("\n").map((line) => line.split("  ") as [string, string]);
    expect(manifest.map(([, p]) => p).sort()).toEqual(names.filter((n) => n !== "manifest.sha256"));
    for (const [sum, p] of manifest) expect(sha256Of(await zip.file(p)!.async("nodebuffer")), p).toBe(sum);
    expect(ready.entries).toBe(names.length);

    expect(await buildProposalPackageJob({ db: db(), storage: counting, packageId, log: silent })).toBe("already-ready");
    expect(puts).toBe(1);
    expect((await db().proposalPackage.findUniqueOrThrow({ where: { id: packageId } })).updatedAt).toEqual(ready.updatedAt);
  });

  it("rebuilds a package a crash left BUILDING", async () => {
    const packageId = await requestPackage();
    await db().proposalPackage.update({ where: { id: packageId }, data: { status: "BUILDING", bytesWritten: 1234 } });
    expect(await buildProposalPackageJob({ db: db(), storage: temp.storage, packageId, log: silent })).toBe("built");
    const row = await db().proposalPackage.findUniqueOrThrow({ where: { id: packageId } });
    expect(row.status).toBe("READY");
    expect(await temp.storage.has({ sha256: row.sha256! })).toBe(true);
  });

  it("records FAILED with a message when the build fails, and 'Coba lagi' queues it again", async () => {
    const packageId = await requestPackage();
    const broken: EvidenceStorage = { ...temp.storage, put: async () => Promise.reject(new Error("disk penuh")) };
    await expect(buildProposalPackageJob({ db: db(), storage: broken, packageId, log: silent })).rejects.toThrow("disk penuh");
    const failed = await db().proposalPackage.findUniqueOrThrow({ where: { id: packageId } });
    expect(failed).toMatchObject({ status: "FAILED", error: PACKAGE_FAILED, sha256: null });

    await db().$executeRaw`DELETE FROM graphile_worker._private_jobs`;
    vi.mocked(getSessionUser).mockResolvedValue(f.users.PIMPINAN);
    expect(await retryProposalPackageAction({ packageId })).toEqual({ ok: false, error: "Anda tidak berwenang melakukan tindakan ini." });
    vi.mocked(getSessionUser).mockResolvedValue(f.users.ADMIN);
    expect((await retryProposalPackageAction({ packageId })).ok).toBe(true);
    expect(await jobsOf(packageId)).toHaveLength(1);
    expect((await db().proposalPackage.findUniqueOrThrow({ where: { id: packageId } })).status).toBe("QUEUED");
    expect(await retryProposalPackageAction({ packageId })).toEqual({ ok: false, error: "Hanya paket yang gagal dibuat yang dapat dicoba lagi." });
    expect(await db().auditEvent.count({ where: { action: "proposal.retry_package", entityId: packageId } })).toBe(1);
  });

  it("does not bring the process down when the builder fails after the storage has already failed", async () => {
    const packageId = await requestPackage();
    let reads = 0;
    const unreachable: EvidenceStorage = {
      ...temp.storage,
      put: async () => Promise.reject(new Error("bucket tidak terjangkau")),
      get: async () => {
        reads += 1;
        throw new Error("bucket tidak terjangkau (baca)");
      },
    };
    await expect(buildProposalPackageJob({ db: db(), storage: unreachable, packageId, log: silent })).rejects.toThrow("bucket tidak terjangkau");
    // The builder goes on alone until it reads a bukti dukung, fails, and destroys the stream with
    // that error: an unhandled 'error' there would fail this run as an uncaught exception.
    const until = Date.now() + 20_000;
    while (reads === 0 && Date.now() < until) await new Promise((r) => setTimeout(r, 50));
    expect(reads).toBeGreaterThan(0);
    await new Promise((r) => setTimeout(r, 200));
    expect((await db().proposalPackage.findUniqueOrThrow({ where: { id: packageId } })).status).toBe("FAILED");
  });

  it("marks FAILED a queued package whose job is gone (a restored backup), and leaves one with its job alone", async () => {
    const lost = await requestPackage();
    await db().$executeRaw`DELETE FROM graphile_worker._private_jobs`;
    const kept = (await requestProposalPackageAction({ roundId, includeEvidence: false })) as { ok: true; data: { id: string } };
    expect(await recoverOrphanPackages({ db: db() })).toBe(1);
    expect(await db().proposalPackage.findUniqueOrThrow({ where: { id: lost } })).toMatchObject({ status: "FAILED", error: PACKAGE_ORPHANED });
    expect((await db().proposalPackage.findUniqueOrThrow({ where: { id: kept.data.id } })).status).toBe("QUEUED");
  });
});
