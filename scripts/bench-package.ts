// `npm run bench:package [-- --units 60 --evidence-mb 20 --files-per-unit 4]` (a benchmark, not a
// test): a throw-away PostgreSQL with `units` units whose LKE is answered and reviewed, each with
// `evidence-mb` of bukti dukung (random bytes, incompressible like PDFs and photos) in a temp
// storage, an approved proposal of all of them; then asks for the package with the files the way
// ADMIN's "Buat paket" does (row + job in one transaction), lets a job worker (lib/jobs) build it
// into the storage, and prints the time from the request to READY, the package size and the
// process's resident memory (RSS) before, at its peak, and at each quarter of the bytes written,
// as JSON. Flat memory means the quarters stay near the start while the package grows.
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { createPrismaClient } from "@/lib/db/create-client";
import { startEmbeddedPostgres } from "@/lib/db/embedded";
import { prepareDatabase } from "@/lib/db/prepare";
import { iterateContent, type EvidenceContent } from "@/lib/evidence/content";
import { createLocalEvidenceStorage } from "@/lib/evidence/local-storage";
import type { EvidenceStorage } from "@/lib/evidence/storage";
import { startJobWorker } from "@/lib/jobs/worker";
import { findFreePort } from "@/lib/net/port";
import { requestProposalPackage } from "@/lib/proposal/package/package-mutations";
import { createBenchUnits, seedBenchYear } from "@/lib/seed/bench-data";

const option = (name: string, fallback: number) => {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? Number(process.argv[index + 1]) : fallback;
};
const UNITS = option("units", 60);
const EVIDENCE_MB = option("evidence-mb", 20);
const FILES_PER_UNIT = option("files-per-unit", 4);
const YEAR = 2026;
const log = (line: string) => process.stderr.write(`[bench:package] ${line}\n`);
const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;

/** Random bytes as a stream of 1 MB chunks: the seed never holds a whole file either. */
function randomFile(bytes: number): Readable {
  let left = bytes;
  return new Readable({
    read() {
      if (left <= 0) return void this.push(null);
      const size = Math.min(left, 1024 * 1024);
      left -= size;
      this.push(randomBytes(size));
    },
  });
}

const work = mkdtempSync(path.join(tmpdir(), "portal-zi-bench-package-"));
const pg = await startEmbeddedPostgres({ dataDir: path.join(work, "pg"), port: await findFreePort() });
try {
  await pg.createDatabase("bench");
  const url = pg.url("bench");
  await prepareDatabase({ connectionString: url, demo: false });
  const db = createPrismaClient(url);
  const storage = createLocalEvidenceStorage({ dir: path.join(work, "evidence") });
  log(`Mengisi ${UNITS} unit, masing-masing ${EVIDENCE_MB} MB bukti dukung dalam ${FILES_PER_UNIT} berkas…`);
  const seedStarted = performance.now();
  const units = await createBenchUnits({ db, count: UNITS });
  const { period, assessments } = await seedBenchYear({ db, units, year: YEAR, reviewed: true });
  const admin = await db.user.create({ data: { name: "Admin Bench", email: "admin-bench@serang.demo", role: "ADMIN", passwordHash: "x" } });
  await db.assessment.updateMany({ where: { periodId: period.id }, data: { state: "FINAL", finalizedAt: new Date() } });
  const round = await db.proposalRound.create({ data: { periodId: period.id, status: "APPROVED", approvedAt: new Date(), approvedById: admin.id, createdById: admin.id, letterNumber: "800/BENCH" } });
  const fileBytes = Math.floor((EVIDENCE_MB * 1024 * 1024) / FILES_PER_UNIT);
  for (const a of assessments) {
    await db.proposedUnit.create({ data: { roundId: round.id, unitId: a.unitId, assessmentId: a.assessmentId, target: "WBK", route: "REGULER", selectedById: admin.id } });
    for (let i = 0; i < FILES_PER_UNIT; i++) {
      const stored = await storage.put({ content: randomFile(fileBytes) });
      await db.evidence.create({ data: { assessmentId: a.assessmentId, questionCode: "A.I.1.i.a", kind: "FILE", fileName: `bukti-${i + 1}.pdf`, mimeType: "application/pdf", size: stored.size, sha256: stored.sha256, uploadedById: admin.id } });
    }
  }
  const seedSeconds = (performance.now() - seedStarted) / 1000;
  log(`Terisi dalam ${seedSeconds.toFixed(1)} detik. Membangun paket…`);

  global.gc?.();
  const rssBefore = process.memoryUsage().rss;
  let peak = rssBefore;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  const expected = UNITS * fileBytes * FILES_PER_UNIT;
  const quarters: number[] = [];
  let written = 0;
  // Counts the bytes on their way into the storage and notes the RSS as each quarter passes.
  async function* counted(content: EvidenceContent): AsyncGenerator<Uint8Array> {
    for await (const chunk of iterateContent(content)) {
      written += chunk.byteLength;
      while (quarters.length < 4 && written >= (expected * (quarters.length + 1)) / 4) quarters.push(mb(process.memoryUsage().rss));
      yield chunk;
    }
  }
  const measured: EvidenceStorage = { ...storage, put: ({ content }) => storage.put({ content: counted(content) }) };
  const worker = await startJobWorker({ connectionString: url, db, storage: measured, concurrency: 1, pollIntervalMs: 500 });
  const started = performance.now();
  const { id } = await requestProposalPackage({ db, actorId: admin.id, input: { roundId: round.id, includeEvidence: true } });
  let pkg = await db.proposalPackage.findUniqueOrThrow({ where: { id } });
  let progressUpdates = 0;
  let lastProgress = 0n;
  while (pkg.status === "QUEUED" || pkg.status === "BUILDING") {
    await new Promise((r) => setTimeout(r, 250));
    pkg = await db.proposalPackage.findUniqueOrThrow({ where: { id } });
    if (pkg.bytesWritten !== lastProgress) (progressUpdates += 1), (lastProgress = pkg.bytesWritten);
  }
  const seconds = (performance.now() - started) / 1000;
  clearInterval(sampler);
  await worker.stop();
  if (pkg.status !== "READY") throw new Error(`Paket gagal: ${pkg.error}`);
  const size = Number(pkg.size);
  await db.$disconnect();
  process.stdout.write(
    `${JSON.stringify(
      {
        machine: "2 cores shared with other builds, local disk",
        data: { units: UNITS, evidenceMBPerUnit: EVIDENCE_MB, filesPerUnit: FILES_PER_UNIT, evidenceMB: mb(expected) },
        seedSeconds: Math.round(seedSeconds * 10) / 10,
        requestToReady: { seconds: Math.round(seconds * 10) / 10, packageMB: mb(size), MBPerSecond: Math.round((mb(size) / seconds) * 10) / 10, entries: pkg.entries, missing: pkg.missing, progressUpdatesSeen: progressUpdates },
        memoryMB: { rssBefore: mb(rssBefore), rssPeak: mb(peak), growth: mb(peak - rssBefore), rssAtQuarters: quarters },
      },
      null,
      2,
    )}\n`,
  );
} finally {
  await pg.stop();
  rmSync(work, { recursive: true, force: true });
}
process.exit(0);
