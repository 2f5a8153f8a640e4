// `npm run backup -- FILE`: one archive (tar) with a consistent snapshot of every table and the
// bukti dukung its rows reference, plus manifest.json with their sha256 (lib/backup). Runs while
// the portal serves: DATABASE_URL when set, else the bundled PostgreSQL of `npm start`, running
// or not. Exit 0 when complete; 2 when written but a referenced file was already missing from
// the storage (named on stderr); 1 when nothing was written.
import { createBackup } from "@/lib/backup/create-backup";
import { getEvidenceStorage } from "@/lib/evidence/storage";
import { StartupError } from "@/lib/startup-error";
import { formatBytes, formatCount, formatSeconds } from "./lib/backup-format";
import { connectPortalDatabase } from "./lib/portal-db";
import { runMain } from "./lib/run-main";

runMain(async () => {
  const file = process.argv[2];
  if (!file || file.startsWith("-")) throw new StartupError("Sebutkan berkas arsip: npm run backup -- /var/backups/portal-zi/portal-zi-$(date +%F).tar");
  const { url, close } = await connectPortalDatabase();
  const report = await createBackup({ databaseUrl: url, storage: getEvidenceStorage(), file }).finally(close);
  process.stdout.write(
    `Cadangan ditulis: ${report.file}\n` +
      `  ukuran ${formatBytes(report.bytes)}; ${report.tables} tabel, ${formatCount(report.rows)} baris; ` +
      `${formatCount(report.files)} berkas bukti dukung (${formatBytes(report.evidenceBytes)}); ${formatSeconds(report.seconds)}\n` +
      `  migrasi ${report.migrationLevel ?? "(belum ada)"}\n`,
  );
  for (const sha of report.missing) process.stderr.write(`Peringatan: berkas bukti dukung ${sha} dirujuk basis data tetapi tidak ada di penyimpanan.\n`);
  process.exit(report.missing.length > 0 ? 2 : 0);
});
