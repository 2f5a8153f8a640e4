// `npm run restore -- FILE`: puts an archive of `npm run backup` back into an EMPTY database
// (DATABASE_URL, else the bundled PostgreSQL in DATA_DIR, which must not be serving) and the
// configured evidence storage, after checking every sha256 of its manifest; then verifies the
// audit chain. Exit 0 when restored with an intact chain, 1 otherwise (the reason on stderr).
import { auditSigningKey } from "@/lib/audit/signing-key";
import { restoreBackup } from "@/lib/backup/restore-backup";
import { getEnv } from "@/lib/env";
import { MIGRATIONS_DIR } from "@/lib/db/prepare";
import { getEvidenceStorage } from "@/lib/evidence/storage";
import { StartupError } from "@/lib/startup-error";
import { formatCount, formatSeconds } from "./lib/backup-format";
import { openRestoreTarget } from "./lib/portal-db";
import { runMain } from "./lib/run-main";
import { readSecretIfPresent } from "./lib/secret";

runMain(async () => {
  const file = process.argv[2];
  if (!file || file.startsWith("-")) throw new StartupError("Sebutkan berkas arsip: npm run restore -- portal-zi-2026-01-31.tar");
  const { url, close } = await openRestoreTarget();
  const env = getEnv();
  // The key the source portal signed its audit checkpoints with, as audit:verify finds it.
  const signing = auditSigningKey(env, env.demoMode ? readSecretIfPresent(env.DATA_DIR) : null);
  const report = await restoreBackup({ databaseUrl: url, storage: getEvidenceStorage(), file, migrationsDir: MIGRATIONS_DIR, signing }).finally(close);
  process.stdout.write(
    `Dipulihkan dari ${file}: ${report.tables} tabel, ${formatCount(report.rows)} baris; ${formatCount(report.files)} berkas bukti dukung ditulis` +
      `${report.alreadyStored > 0 ? `, ${formatCount(report.alreadyStored)} sudah ada` : ""}; migrasi ${report.migrationLevel ?? "(belum ada)"}; ${formatSeconds(report.seconds)}\n` +
      `${report.audit.line}\n`,
  );
  if (report.missing > 0) process.stderr.write(`Peringatan: ${report.missing} berkas bukti dukung sudah hilang saat cadangan dibuat (lihat manifest.json, evidence.missing).\n`);
  process.exit(report.audit.exitCode);
});
