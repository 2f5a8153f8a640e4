import { cp, mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { createServer, type Server, type Socket } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { GET } from "@/app/api/health/route";
import { readMigrations } from "@/lib/db/migrate";
import { getEnv } from "@/lib/env";
import { createS3EvidenceStorage } from "@/lib/evidence/s3-storage";
import { getEvidenceStorage } from "@/lib/evidence/storage";
import { parseStorageLocation, type S3Location } from "@/lib/evidence/storage-location";
import { createTempStorage } from "@/lib/evidence/test-fixture";
import { findFreePort } from "@/lib/net/port";
import { testDatabaseUrl } from "@/tests/support/db";
import { checkHealth } from "./check-health";

// GET /api/health as Next calls it, against the real test database, then with each of the three
// things it checks broken in turn: the database (refusing, and hanging), the store, a migration.
vi.mock("@/lib/env", () => ({ getEnv: vi.fn() }));
vi.mock("@/lib/evidence/storage", () => ({ getEvidenceStorage: vi.fn() }));

const MIGRATIONS_DIR = path.join(process.cwd(), "prisma", "migrations");
let temp: Awaited<ReturnType<typeof createTempStorage>>;
let expected: number;

beforeAll(async () => {
  temp = await createTempStorage();
  expected = (await readMigrations(MIGRATIONS_DIR)).length;
});
afterAll(() => temp.remove());
beforeEach(() => {
  vi.mocked(getEnv).mockReturnValue({ DATABASE_URL: testDatabaseUrl() } as ReturnType<typeof getEnv>);
  vi.mocked(getEvidenceStorage).mockReturnValue(temp.storage);
});

async function timedGet() {
  const started = Date.now();
  const response = await GET();
  const text = await response.text();
  return { response, text, body: JSON.parse(text) as unknown, ms: Date.now() - started };
}

/** A TCP server that accepts connections and never answers: a hung database. */
async function startSilentServer(): Promise<{ port: number; close: () => Promise<void> }> {
  const sockets = new Set<Socket>();
  const server: Server = createServer((socket) => sockets.add(socket));
  const port = await findFreePort();
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  return { port, close: () => new Promise((resolve) => { for (const s of sockets) s.destroy(); server.close(() => resolve()); }) };
}

describe("GET /api/health", () => {
  it("answers 200 with the migration level when the database and store answer", async () => {
    const { response, body } = await timedGet();
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(body).toEqual({ status: "ok", database: "ok", storage: "ok", migrations: { applied: expected, expected, pending: 0 } });
    expect(expected).toBeGreaterThan(0);
  });

  it("answers 503 when the database refuses, without the address or password", async () => {
    const dead = `postgresql://portal:rahasia-sekali@127.0.0.1:${await findFreePort()}/portal_zi`;
    vi.mocked(getEnv).mockReturnValue({ DATABASE_URL: dead } as ReturnType<typeof getEnv>);
    const { response, body, text } = await timedGet();
    expect(response.status).toBe(503);
    expect(body).toEqual({ status: "unavailable", database: "unavailable", storage: "ok", migrations: { applied: null, expected, pending: null } });
    expect(text).not.toMatch(/rahasia|127\.0\.0\.1|ECONNREFUSED|at /);
  });

  it("answers 503 within about two seconds when the database hangs", async () => {
    const silent = await startSilentServer();
    try {
      vi.mocked(getEnv).mockReturnValue({ DATABASE_URL: `postgresql://portal:x@127.0.0.1:${silent.port}/portal_zi` } as ReturnType<typeof getEnv>);
      const { response, body, ms } = await timedGet();
      expect(response.status).toBe(503);
      expect(body).toMatchObject({ database: "unavailable" });
      expect(ms).toBeLessThan(3_500);
    } finally {
      await silent.close();
    }
  });

  it("answers 503 when the S3 store does not answer", async () => {
    const location = parseStorageLocation(`s3://bukti-dukung/p?endpoint=http://127.0.0.1:${await findFreePort()}`) as S3Location;
    vi.mocked(getEvidenceStorage).mockReturnValue(createS3EvidenceStorage({ location, credentials: { accessKeyId: "x", secretAccessKey: "y" } }));
    const { response, body } = await timedGet();
    expect(response.status).toBe(503);
    expect(body).toMatchObject({ status: "unavailable", database: "ok", storage: "unavailable" });
  });
});

describe("checkHealth", () => {
  it("reports a pending migration (a newer build on an older schema) as unavailable", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "health-migrations-"));
    try {
      await cp(MIGRATIONS_DIR, dir, { recursive: true });
      await mkdir(path.join(dir, "29991231000000_next_build"));
      await writeFile(path.join(dir, "29991231000000_next_build", "migration.sql"), "SELECT 1;");
      const report = await checkHealth({ databaseUrl: testDatabaseUrl(), storage: temp.storage, migrationsDir: dir });
      expect(report).toEqual({ status: "unavailable", database: "ok", storage: "ok", migrations: { applied: expected, expected: expected + 1, pending: 1 } });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
