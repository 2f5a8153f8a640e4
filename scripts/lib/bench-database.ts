import type { ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createPrismaClient, type Db } from "@/lib/db/create-client";
import { startEmbeddedPostgres } from "@/lib/db/embedded";
import { prepareDatabase } from "@/lib/db/prepare";
import { findFreePort } from "@/lib/net/port";
import { ensureBuild } from "./build";
import { serveBuiltApp } from "./serve";

// What every benchmark starts from: a throw-away embedded PostgreSQL in a temporary folder with
// one migrated database without demo data, removed again however the benchmark ends.

export type BenchDatabase = { work: string; url: string; db: Db };

export async function withBenchDatabase<T>(run: (bench: BenchDatabase) => Promise<T>): Promise<T> {
  const work = mkdtempSync(path.join(tmpdir(), "portal-zi-bench-"));
  const pg = await startEmbeddedPostgres({ dataDir: path.join(work, "pg"), port: await findFreePort() });
  try {
    await pg.createDatabase("bench");
    const url = pg.url("bench");
    await prepareDatabase({ connectionString: url, demo: false });
    const db = createPrismaClient(url);
    try {
      return await run({ work, url, db });
    } finally {
      await db.$disconnect();
    }
  } finally {
    await pg.stop();
    rmSync(work, { recursive: true, force: true });
  }
}

/** The built app (built first if its sources changed) served on loopback over the bench database. */
export async function withBenchServer<T>(bench: BenchDatabase, log: (line: string) => void, run: (base: string, server: ChildProcess) => Promise<T>): Promise<T> {
  ensureBuild(log);
  const port = await findFreePort();
  const server = await serveBuiltApp({
    port,
    env: { ...process.env, DATABASE_URL: bench.url, AUTH_SECRET: randomBytes(32).toString("base64url"), NODE_ENV: "production", EVIDENCE_DIR: path.join(bench.work, "evidence") },
  });
  try {
    return await run(`http://127.0.0.1:${port}`, server);
  } finally {
    server.kill("SIGTERM");
  }
}
