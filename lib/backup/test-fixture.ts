import { createHash, randomBytes } from "node:crypto";
import { mkdir, mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { saveUnitAnswer } from "@/lib/assessment/save-answer";
import { createPrismaClient, type Db } from "@/lib/db/create-client";
import { migrateDatabase } from "@/lib/db/migrate";
import { MIGRATIONS_DIR } from "@/lib/db/prepare";
import { createLocalEvidenceStorage } from "@/lib/evidence/local-storage";
import type { EvidenceStorage } from "@/lib/evidence/storage";
import { createAssessmentFixture } from "@/tests/support/assessment-fixture";
import { createScratchDatabase } from "@/tests/support/scratch-db";

// For the backup integration tests: a portal database of its own (a scratch database on the
// test server, migrated) with units, answers, audit events and bukti dukung in a temp storage;
// operators who autosave in a loop; and a reader of every row of every table.

export const QUESTION = "A.I.1.i.a";

export async function createTempStore(): Promise<{ storage: EvidenceStorage; dir: string; objects: () => Promise<string[]>; remove: () => Promise<void> }> {
  const root = await mkdtemp(path.join(tmpdir(), "backup-it-"));
  const dir = path.join(root, "store");
  await mkdir(dir);
  return {
    storage: createLocalEvidenceStorage({ dir }),
    dir,
    async objects() {
      const shards = (await readdir(dir)).filter((name) => name !== ".tmp");
      return (await Promise.all(shards.map((shard) => readdir(path.join(dir, shard))))).flat().sort();
    },
    remove: () => rm(root, { recursive: true, force: true }),
  };
}

export async function storeFile(storage: EvidenceStorage, bytes = randomBytes(1000 + Math.floor(Math.random() * 40_000))) {
  const written = await storage.put({ content: bytes });
  return { ...written, bytes };
}

export async function createSourcePortal(units = 4) {
  const scratch = await createScratchDatabase("backup_src");
  await migrateDatabase({ connectionString: scratch.url, migrationsDir: MIGRATIONS_DIR });
  const db = createPrismaClient(scratch.url);
  const store = await createTempStore();
  const fixtures = [];
  for (let i = 0; i < units; i += 1) fixtures.push(await createAssessmentFixture(db, { year: 2025 }));
  // A unit under another (the self-reference of Unit), evidence and an instansi document.
  await db.unit.update({ where: { id: fixtures[1]!.unit.id }, data: { parentId: fixtures[0]!.unit.id } });
  for (const fixture of fixtures) {
    const file = await storeFile(store.storage);
    await db.evidence.create({ data: { assessmentId: fixture.assessment.id, questionCode: QUESTION, kind: "FILE", fileName: "sk.pdf", mimeType: "application/pdf", size: file.size, sha256: file.sha256, uploadedById: fixture.user.id } });
    await saveUnitAnswer({ db, user: fixture.user, input: { assessmentId: fixture.assessment.id, questionCode: QUESTION, value: "YA", note: "awal", expectedVersion: 0 } });
  }
  const document = await storeFile(store.storage);
  await db.instansiCondition.create({
    data: { periodId: fixtures[0]!.period.id, key: "OPINI_BPK", value: "WTP", documentName: "LHP BPK 2024", documentDate: new Date("2025-05-20"), fileName: "lhp.pdf", mimeType: "application/pdf", size: document.size, sha256: document.sha256, updatedById: fixtures[0]!.user.id },
  });
  // The signed LHE scan of record (issue 13), kept in the same storage.
  const signed = await storeFile(store.storage);
  await db.lheRecord.create({
    data: { assessmentId: fixtures[0]!.assessment.id, number: "700/1/LHE", signedFileName: "LHE ttd.pdf", signedSize: signed.size, signedSha256: signed.sha256, signedById: fixtures[0]!.user.id, signedAt: new Date(), updatedById: fixtures[0]!.user.id },
  });
  return {
    url: scratch.url,
    db,
    store,
    fixtures,
    async remove() {
      await db.$disconnect();
      await scratch.drop();
      await store.remove();
    },
  };
}

type Fixture = Awaited<ReturnType<typeof createAssessmentFixture>>;

/**
 * Each operator saves its own answer in a closed loop through the real saveUnitAnswer, on a
 * connection pool of its own; the first also uploads a new bukti dukung every third save.
 * `acknowledged` holds, per assessment, the version of the last save that returned.
 */
export function startAutosaves({ url, fixtures, storage }: { url: string; fixtures: Fixture[]; storage: EvidenceStorage }) {
  let running = true;
  const acknowledged = new Map<string, number>(fixtures.map((f) => [f.assessment.id, 1]));
  const errors: unknown[] = [];
  let saves = 0;
  const loops = fixtures.map(async (fixture, index) => {
    const db: Db = createPrismaClient(url);
    try {
      while (running) {
        const version = acknowledged.get(fixture.assessment.id)!;
        const outcome = await saveUnitAnswer({ db, user: fixture.user, input: { assessmentId: fixture.assessment.id, questionCode: QUESTION, value: version % 2 ? "TIDAK" : "YA", note: `simpan ${version}`, expectedVersion: version } });
        if (outcome.status !== "saved") throw new Error(`konflik tak terduga pada ${fixture.unit.code}`);
        acknowledged.set(fixture.assessment.id, outcome.version);
        saves += 1;
        if (index === 0 && saves % 3 === 0) {
          const file = await storeFile(storage);
          await db.evidence.create({ data: { assessmentId: fixture.assessment.id, questionCode: QUESTION, kind: "FILE", fileName: `b-${saves}.pdf`, mimeType: "application/pdf", size: file.size, sha256: file.sha256, uploadedById: fixture.user.id } });
        }
      }
    } catch (error) {
      errors.push(error);
    } finally {
      await db.$disconnect();
    }
  });
  return {
    acknowledged,
    saves: () => saves,
    async stop() {
      running = false;
      await Promise.all(loops);
      return { saves, errors };
    },
  };
}

export type TableRows = Map<string, string[]>;

/** Every row of every table of the public schema as canonical JSON text, sorted. */
export async function readAllRows(client: pg.ClientBase): Promise<TableRows> {
  const { rows: tables } = await client.query<{ name: string }>(`SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`);
  const result: TableRows = new Map();
  for (const { name } of tables) {
    const { rows } = await client.query<{ r: string }>(`SELECT to_jsonb(t)::text AS r FROM public.${pg.escapeIdentifier(name)} t ORDER BY 1`);
    result.set(name, rows.map((row) => row.r));
  }
  return result;
}

/** Joins the backup's exported snapshot, so that the test sees exactly what the backup saw. */
export function snapshotReader(url: string) {
  const client = new pg.Client({ connectionString: url });
  return {
    async onSnapshot(snapshotId: string) {
      await client.connect();
      await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
      await client.query(`SET TRANSACTION SNAPSHOT ${client.escapeLiteral(snapshotId)}`);
    },
    async rows(): Promise<TableRows> {
      try {
        return await readAllRows(client);
      } finally {
        await client.query("COMMIT");
        await client.end();
      }
    },
  };
}

export { withClient } from "@/tests/support/scratch-db";

export const sha256Of = (bytes: Buffer) => createHash("sha256").update(bytes).digest("hex");
