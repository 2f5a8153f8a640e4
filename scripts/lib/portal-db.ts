import { existsSync } from "node:fs";
import path from "node:path";
import { runningEmbeddedUrl, startEmbeddedPostgres, type EmbeddedDatabase } from "@/lib/db/embedded";
import { getEnv } from "@/lib/env";
import { isPortFree } from "@/lib/net/port";
import { StartupError } from "@/lib/startup-error";

/**
 * The portal's database for a maintenance command: DATABASE_URL when set, else the bundled
 * PostgreSQL of `npm start` in DATA_DIR (which must not be in use by a running portal). It must
 * exist unless createIfMissing (`admin:create` on a new installation makes it).
 */
export async function openPortalDatabase({ createIfMissing = false } = {}): Promise<{ url: string; close: () => Promise<void> }> {
  const env = getEnv();
  if (env.DATABASE_URL) return { url: env.DATABASE_URL, close: async () => undefined };
  const dataDir = path.join(env.DATA_DIR, "postgres");
  if (!createIfMissing && !existsSync(path.join(dataDir, "PG_VERSION"))) {
    throw new StartupError(`Belum ada basis data bawaan di ${path.resolve(dataDir)}: jalankan \`npm start\` sekali, atau atur DATABASE_URL.`);
  }
  if (!(await isPortFree(env.EMBEDDED_PG_PORT, "127.0.0.1"))) {
    throw new StartupError(
      `Port ${env.EMBEDDED_PG_PORT} sedang dipakai (portal masih berjalan?): hentikan portal dulu, atau atur DATABASE_URL ke basis data portal.`,
    );
  }
  const embedded: EmbeddedDatabase = await startEmbeddedPostgres({ dataDir, port: env.EMBEDDED_PG_PORT });
  await embedded.createDatabase("portal_zi");
  return { url: embedded.url("portal_zi"), close: () => embedded.stop() };
}

/**
 * Like openPortalDatabase, but a command that reads while the portal serves (`npm run backup`)
 * joins the bundled PostgreSQL of a running `npm start` instead of refusing it.
 */
export async function connectPortalDatabase(): Promise<{ url: string; close: () => Promise<void> }> {
  const env = getEnv();
  if (env.DATABASE_URL || (await isPortFree(env.EMBEDDED_PG_PORT, "127.0.0.1"))) return openPortalDatabase();
  const url = await runningEmbeddedUrl({ dataDir: path.join(env.DATA_DIR, "postgres"), port: env.EMBEDDED_PG_PORT, database: "portal_zi" });
  return { url, close: async () => undefined };
}

/**
 * For `npm run restore`: DATABASE_URL, else the bundled PostgreSQL in DATA_DIR, created when
 * missing (a new machine), with an empty `portal_zi` database when it has none.
 */
export async function openRestoreTarget(): Promise<{ url: string; close: () => Promise<void> }> {
  const env = getEnv();
  if (env.DATABASE_URL) return { url: env.DATABASE_URL, close: async () => undefined };
  const embedded = await startEmbeddedPostgres({ dataDir: path.join(env.DATA_DIR, "postgres"), port: env.EMBEDDED_PG_PORT });
  await embedded.createDatabase("portal_zi");
  return { url: embedded.url("portal_zi"), close: () => embedded.stop() };
}
