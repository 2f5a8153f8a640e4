// `npm run bench:backup [-- --units 600 --files-per-unit 1 --file-kb 200]` (a benchmark, not a
// test): a throw-away PostgreSQL filled like `npm run seed:bench` (units × 2023–2025, every LKE
// answered) plus bukti dukung files (random bytes, so incompressible like PDFs and photos) in a
// temp storage; then times `createBackup` and `restoreBackup` into a fresh database and storage
// and prints seconds, sizes, rows and files as JSON. Filling 600 units takes minutes (one unit
// and its LKE at a time, as seed:bench does); the backup and restore figures come after it.
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createBackup } from "@/lib/backup/create-backup";
import { restoreBackup } from "@/lib/backup/restore-backup";
import { createPrismaClient } from "@/lib/db/create-client";
import { startEmbeddedPostgres } from "@/lib/db/embedded";
import { MIGRATIONS_DIR, prepareDatabase } from "@/lib/db/prepare";
import { createLocalEvidenceStorage } from "@/lib/evidence/local-storage";
import { findFreePort } from "@/lib/net/port";
import { seedBenchHistory } from "@/lib/seed/bench-data";

const option = (name: string, fallback: number) => {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? Number(process.argv[index + 1]) : fallback;
};
const UNITS = option("units", 600);
const FILES_PER_UNIT = option("files-per-unit", 1);
const FILE_KB = option("file-kb", 200);
const YEARS = [2023, 2024, 2025];
const log = (line: string) => process.stderr.write(`[bench:backup] ${line}\n`);
const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;

const work = mkdtempSync(path.join(tmpdir(), "portal-zi-bench-backup-"));
const pg = await startEmbeddedPostgres({ dataDir: path.join(work, "pg"), port: await findFreePort() });
try {
  await Promise.all([pg.createDatabase("source"), pg.createDatabase("restored")]);
  const source = pg.url("source");
  await prepareDatabase({ connectionString: source, demo: false });
  const storage = createLocalEvidenceStorage({ dir: path.join(work, "evidence-source") });
  const db = createPrismaClient(source);
  log(`Mengisi ${UNITS} unit × ${YEARS.length} tahun…`);
  const seedStarted = performance.now();
  const { latest } = await seedBenchHistory({ db, units: UNITS, years: YEARS });
  const uploader = await db.user.findFirstOrThrow({ where: { role: "OPERATOR" }, select: { id: true } });
  for (const assessment of latest.assessments) {
    for (let i = 0; i < FILES_PER_UNIT; i++) {
      const stored = await storage.put({ content: randomBytes(FILE_KB * 1024) });
      await db.evidence.create({ data: { assessmentId: assessment.assessmentId, questionCode: "A.I.1.i.a", kind: "FILE", fileName: `bukti-${i}.pdf`, mimeType: "application/pdf", size: stored.size, sha256: stored.sha256, uploadedById: uploader.id } });
    }
  }
  await db.$disconnect();
  const seedSeconds = (performance.now() - seedStarted) / 1000;
  log(`Terisi dalam ${seedSeconds.toFixed(1)} detik. Mencadangkan…`);

  const file = path.join(work, "portal-zi.tar");
  const backup = await createBackup({ databaseUrl: source, storage, file });
  log("Memulihkan ke basis data dan penyimpanan baru…");
  const restore = await restoreBackup({ databaseUrl: pg.url("restored"), storage: createLocalEvidenceStorage({ dir: path.join(work, "evidence-restored") }), file, migrationsDir: MIGRATIONS_DIR, signing: null });
  const databaseBytes = backup.bytes - backup.evidenceBytes;
  process.stdout.write(
    `${JSON.stringify(
      {
        machine: "2 cores shared, local disk",
        data: { units: UNITS, years: YEARS, tables: backup.tables, rows: backup.rows, files: backup.files, evidenceMB: mb(backup.evidenceBytes) },
        seedSeconds: round(seedSeconds),
        backup: { seconds: round(backup.seconds), snapshotSeconds: round(backup.snapshotSeconds), archiveMB: mb(backup.bytes), databasePartMB: mb(databaseBytes) },
        restore: { seconds: round(restore.seconds), verifySeconds: round(restore.verifySeconds), rows: restore.rows, files: restore.files, auditChain: restore.audit.line },
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

function round(n: number) {
  return Math.round(n * 100) / 100;
}
