import { describe, expect, it } from "vitest";
import { readMigrations } from "@/lib/db/migrate";
import { MIGRATIONS_DIR } from "@/lib/db/prepare";
import type { Manifest } from "./manifest";
import { migrationsForArchive } from "./target-migrations";

const local = await readMigrations(MIGRATIONS_DIR);
const manifestWith = (migrations: Manifest["migrations"]) => ({ migrations, portalVersion: "9.9.9" }) as Manifest;
const history = local.map(({ name, checksum }) => ({ name, checksum }));

describe("migrationsForArchive", () => {
  it("returns the code's migrations up to the archive's level", async () => {
    expect((await migrationsForArchive(manifestWith(history.slice(0, 2)), MIGRATIONS_DIR)).map((m) => m.name)).toEqual(history.slice(0, 2).map((m) => m.name));
    expect(await migrationsForArchive(manifestWith(history), MIGRATIONS_DIR)).toHaveLength(local.length);
  });

  it("refuses an archive from a newer portal, naming the unknown migration", async () => {
    const newer = [...history, { name: "99991231000000_from_the_future", checksum: "x" }];
    await expect(migrationsForArchive(manifestWith(newer), MIGRATIONS_DIR)).rejects.toThrow("Arsip berasal dari portal yang lebih baru (versi 9.9.9): migrasi 99991231000000_from_the_future tidak dikenal kode ini");
  });

  it("refuses a history that skips a migration or changed one", async () => {
    await expect(migrationsForArchive(manifestWith([history[0]!, history[2]!]), MIGRATIONS_DIR)).rejects.toThrow(`urutan ke-2 di arsip ${history[2]!.name}, di kode ${history[1]!.name}`);
    await expect(migrationsForArchive(manifestWith([{ ...history[0]!, checksum: "0".repeat(64) }]), MIGRATIONS_DIR)).rejects.toThrow(`Migrasi ${history[0]!.name} di arsip berbeda isinya`);
  });
});
