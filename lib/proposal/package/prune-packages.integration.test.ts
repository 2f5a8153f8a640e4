import { randomBytes } from "node:crypto";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTempStorage } from "@/lib/evidence/test-fixture";
import type { ProposalPackageStatus } from "@/lib/db/generated/enums";
import { getTestDb, resetDatabase } from "@/tests/support/db";
import { createProposalFixture } from "../test-fixture";
import { PRUNE_AUDIT_ACTION, pruneProposalPackages } from "./prune-packages";

// The daily prune of proposal packages against the real PostgreSQL and the disk store: which rows
// and zips go, which stay, and the audit event that says so.

const db = () => getTestDb();
const DAY = 86_400_000;
let temp: Awaited<ReturnType<typeof createTempStorage>>;
let f: Awaited<ReturnType<typeof createProposalFixture>>;
let nextYear = 0;

async function round(): Promise<string> {
  // One round per period (ProposalRound.periodId is unique): each round gets a period of its own.
  const year = 2300 + (nextYear++);
  const period = await db().period.create({ data: { year, name: `Evaluasi ${year}`, lkeVersionId: "pm90-2021", deadline: new Date(Date.now() + 30 * DAY) } });
  const r = await db().proposalRound.create({ data: { periodId: period.id, status: "APPROVED", createdById: f.users.ADMIN.id } });
  return r.id;
}

async function stored(): Promise<string> {
  return (await temp.storage.put({ content: randomBytes(5_000) })).sha256;
}

async function pkg(roundId: string, { daysAgo, status = "READY", sha256 }: { daysAgo: number; status?: ProposalPackageStatus; sha256?: string | null }): Promise<string> {
  const sha = sha256 === undefined ? (status === "READY" ? await stored() : null) : sha256;
  const row = await db().proposalPackage.create({
    data: { roundId, includeEvidence: true, status, sha256: sha, size: sha ? 5_000 : null, requestedById: f.users.ADMIN.id, createdAt: new Date(Date.now() - daysAgo * DAY) },
  });
  return row.id;
}

const shaOf = async (id: string) => (await db().proposalPackage.findUniqueOrThrow({ where: { id } })).sha256!;
const remaining = async () => (await db().proposalPackage.findMany({ select: { id: true } })).map((r) => r.id).sort();

beforeEach(async () => {
  await resetDatabase();
  temp = await createTempStorage();
  f = await createProposalFixture(db());
});
afterEach(() => temp.remove());

describe("pruning proposal packages", () => {
  it("deletes packages past the limit with their zips, keeping each round's newest READY package and the recent ones", async () => {
    const a = await round();
    const aNewestReady = await pkg(a, { daysAgo: 45 });
    const aOlderReady = await pkg(a, { daysAgo: 60 });
    const aFailed = await pkg(a, { daysAgo: 50, status: "FAILED" });
    const aRecentFailed = await pkg(a, { daysAgo: 2, status: "FAILED" });
    const b = await round();
    const bOnlyFailed = await pkg(b, { daysAgo: 90, status: "FAILED" });
    const bRecentReady = await pkg(b, { daysAgo: 1 });
    const bOldReady = await pkg(b, { daysAgo: 40 });
    const gone = [await shaOf(aOlderReady), await shaOf(bOldReady)];
    const kept = [await shaOf(aNewestReady), await shaOf(bRecentReady)];

    expect(await pruneProposalPackages({ db: db(), storage: temp.storage, olderThanDays: 30 })).toEqual({ packages: 4, files: 2 });
    expect(await remaining()).toEqual([aNewestReady, aRecentFailed, bRecentReady].sort());
    for (const sha256 of gone) expect(await temp.storage.has({ sha256 })).toBe(false);
    for (const sha256 of kept) expect(await temp.storage.has({ sha256 })).toBe(true);

    const events = await db().auditEvent.findMany({ where: { action: PRUNE_AUDIT_ACTION } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ actorId: null, entityType: "ProposalPackage", entityId: null });
    const after = events[0]!.after as { olderThanDays: number; packages: { id: string; status: string }[]; deletedFiles: string[] };
    expect(after.olderThanDays).toBe(30);
    expect(after.packages.map((p) => p.id).sort()).toEqual([aOlderReady, aFailed, bOnlyFailed, bOldReady].sort());
    expect(after.deletedFiles.sort()).toEqual([...gone].sort());

    // Nothing left to prune: no second event, nothing deleted.
    expect(await pruneProposalPackages({ db: db(), storage: temp.storage, olderThanDays: 30 })).toEqual({ packages: 0, files: 0 });
    expect(await db().auditEvent.count({ where: { action: PRUNE_AUDIT_ACTION } })).toBe(1);
  });

  it("keeps a zip that a bukti dukung, a proposal file, the signed LHE or a kept package also names", async () => {
    const r = await round();
    const shared = await stored();
    await pkg(r, { daysAgo: 1 });
    const asEvidence = await pkg(r, { daysAgo: 40, sha256: shared });
    const unit = await f.unit();
    await db().evidence.create({ data: { assessmentId: unit.assessmentId, questionCode: "A.I.1.i.a", kind: "FILE", fileName: "paket.zip", mimeType: "application/zip", size: 5_000, sha256: shared, uploadedById: f.users.OPERATOR.id } });
    const fileSha = await stored();
    await pkg(r, { daysAgo: 41, sha256: fileSha });
    await db().proposalFile.create({ data: { roundId: r, kind: "SPTJM", fileName: "sptjm.pdf", mimeType: "application/pdf", size: 5_000, sha256: fileSha, uploadedById: f.users.ADMIN.id } });
    const lheSha = await stored();
    await pkg(r, { daysAgo: 42, sha256: lheSha });
    await db().lheRecord.create({ data: { assessmentId: unit.assessmentId, signedSha256: lheSha, updatedById: f.users.TPI.id } });
    // Two old packages of identical bytes, one of them the round's newest READY one in another round.
    const other = await round();
    const twin = await stored();
    await pkg(r, { daysAgo: 43, sha256: twin });
    const keptTwin = await pkg(other, { daysAgo: 50, sha256: twin });

    expect(await pruneProposalPackages({ db: db(), storage: temp.storage, olderThanDays: 30 })).toEqual({ packages: 4, files: 0 });
    for (const sha256 of [shared, fileSha, lheSha, twin]) expect(await temp.storage.has({ sha256 })).toBe(true);
    expect(await remaining()).toContain(keptTwin);
    expect(await remaining()).not.toContain(asEvidence);
  });

  it("leaves a round alone while one of its packages is QUEUED or BUILDING, whose build may write the same bytes", async () => {
    const r = await round();
    const old = await pkg(r, { daysAgo: 40 });
    const newest = await pkg(r, { daysAgo: 35 });
    await pkg(r, { daysAgo: 31, status: "BUILDING", sha256: null });
    const sha256 = await shaOf(old);
    expect(await pruneProposalPackages({ db: db(), storage: temp.storage, olderThanDays: 30 })).toEqual({ packages: 0, files: 0 });
    expect(await remaining()).toContain(old);
    expect(await temp.storage.has({ sha256 })).toBe(true);
    await db().proposalPackage.updateMany({ where: { status: "BUILDING" }, data: { status: "FAILED" } });
    expect(await pruneProposalPackages({ db: db(), storage: temp.storage, olderThanDays: 30 })).toEqual({ packages: 2, files: 1 });
    expect(await remaining()).toEqual([newest]);
  });

  it("a storage that fails to delete rolls the rows and the audit event back, for the next run", async () => {
    const r = await round();
    await pkg(r, { daysAgo: 1 });
    const old = await pkg(r, { daysAgo: 40 });
    const broken = { ...temp.storage, delete: async () => Promise.reject(new Error("bucket tidak terjangkau")) };
    await expect(pruneProposalPackages({ db: db(), storage: broken, olderThanDays: 30 })).rejects.toThrow("bucket tidak terjangkau");
    expect(await remaining()).toContain(old);
    expect(await db().auditEvent.count({ where: { action: PRUNE_AUDIT_ACTION } })).toBe(0);
    expect(await pruneProposalPackages({ db: db(), storage: temp.storage, olderThanDays: 30 })).toEqual({ packages: 1, files: 1 });
  });
});
