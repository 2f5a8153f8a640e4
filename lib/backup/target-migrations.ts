import { readMigrations, type LocalMigration } from "@/lib/db/migrate";
import { BackupError } from "./errors";
import type { Manifest } from "./manifest";

/**
 * The code's migrations up to the archive's level, after checking that the archive's history
 * is exactly their beginning: restore then rebuilds the schema the rows were taken from, and
 * the next `npm start` applies whatever newer migrations the code has, as for any upgrade.
 */
export async function migrationsForArchive(manifest: Manifest, migrationsDir: string): Promise<LocalMigration[]> {
  const local = await readMigrations(migrationsDir);
  for (const [index, archived] of manifest.migrations.entries()) {
    const mine = local[index];
    if (!mine || !local.some((m) => m.name === archived.name)) {
      throw new BackupError(
        `Arsip berasal dari portal yang lebih baru (versi ${manifest.portalVersion}): migrasi ${archived.name} tidak dikenal kode ini. ` +
          "Perbarui portal ke versi itu atau yang lebih baru, lalu pulihkan lagi. Tidak ada yang diubah.",
      );
    }
    if (mine.name !== archived.name) {
      throw new BackupError(`Riwayat migrasi arsip tidak sejalan dengan kode ini: urutan ke-${index + 1} di arsip ${archived.name}, di kode ${mine.name}. Tidak ada yang diubah.`);
    }
    if (mine.checksum !== archived.checksum) {
      throw new BackupError(`Migrasi ${archived.name} di arsip berbeda isinya (checksum) dari milik kode ini; pakai versi portal yang membuat arsip itu. Tidak ada yang diubah.`);
    }
  }
  return local.slice(0, manifest.migrations.length);
}
