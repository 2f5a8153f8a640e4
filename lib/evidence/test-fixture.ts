import { mkdir, mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { SessionUser } from "@/lib/auth/session";
import type { Db } from "@/lib/db/create-client";
import type { AssessmentState, Role } from "@/lib/db/generated/enums";
import { seedDatabase } from "@/lib/seed/seed";
import { createLocalEvidenceStorage } from "./local-storage";

// For the evidence integration tests: two OPDs in one open period of the shipped LKE, each
// with an operator and a DRAFT assessment; a TPI assigned to the first; an admin; and a
// local storage in a fresh temp folder.

export const QUESTION = "A.I.1.i.a";
export const DAY = 86_400_000;

async function createUser({ db, role, unitId, tag }: { db: Db; role: Role; unitId: string | null; tag: string }): Promise<SessionUser> {
  const user = await db.user.create({ data: { name: `${role} ${tag}`, email: `${role.toLowerCase()}-${tag}@serang.test`, role, unitId, passwordHash: "x" } });
  return { id: user.id, name: user.name, role, unitId, unitName: null };
}

export async function createEvidenceFixture({ db, state = "DRAFT" }: { db: Db; state?: AssessmentState }) {
  await seedDatabase({ db, demo: false });
  const period = await db.period.create({ data: { year: 2024, name: "Evaluasi ZI 2024", lkeVersionId: "pm90-2021", deadline: new Date(Date.now() + 30 * DAY) } });
  const dinkes = await db.unit.create({ data: { code: "DINKES", name: "Dinas Kesehatan", kind: "OPD" } });
  const bapenda = await db.unit.create({ data: { code: "BAPENDA", name: "Badan Pendapatan Daerah", kind: "OPD" } });
  const inspektorat = await db.unit.create({ data: { code: "INSPEKTORAT", name: "Inspektorat Daerah", kind: "INSPEKTORAT" } });
  const assessment = await db.assessment.create({ data: { periodId: period.id, unitId: dinkes.id, state } });
  const otherAssessment = await db.assessment.create({ data: { periodId: period.id, unitId: bapenda.id } });
  const operator = await createUser({ db, role: "OPERATOR", unitId: dinkes.id, tag: "dinkes" });
  const otherOperator = await createUser({ db, role: "OPERATOR", unitId: bapenda.id, tag: "bapenda" });
  const tpi = await createUser({ db, role: "TPI", unitId: inspektorat.id, tag: "tpi" });
  const otherTpi = await createUser({ db, role: "TPI", unitId: inspektorat.id, tag: "tpi2" });
  const admin = await createUser({ db, role: "ADMIN", unitId: null, tag: "admin" });
  const pimpinan = await createUser({ db, role: "PIMPINAN", unitId: null, tag: "bupati" });
  await db.reviewAssignment.create({ data: { periodId: period.id, unitId: dinkes.id, reviewerId: tpi.id } });
  await db.reviewAssignment.create({ data: { periodId: period.id, unitId: bapenda.id, reviewerId: otherTpi.id } });
  return { period, assessment, otherAssessment, operator, otherOperator, tpi, otherTpi, admin, pimpinan };
}

/** A storage in a fresh temp folder, with a spool folder beside it, and a way to list and remove both. */
export async function createTempStorage() {
  const root = await mkdtemp(path.join(tmpdir(), "evidence-it-"));
  const dir = path.join(root, "store");
  const spool = path.join(root, "spool");
  await Promise.all([mkdir(dir), mkdir(spool)]);
  return {
    storage: createLocalEvidenceStorage({ dir }),
    /** The store's folder, for a process of its own (EVIDENCE_DIR). */
    dir,
    tmpDir: spool,
    /** Every stored object (sha256 names), and any leftover in the spool folder. */
    async contents() {
      const shards = (await readdir(dir)).filter((name) => name !== ".tmp");
      const objects = (await Promise.all(shards.map((shard) => readdir(path.join(dir, shard))))).flat();
      return { objects, spooled: await readdir(spool) };
    },
    remove: () => rm(root, { recursive: true, force: true }),
  };
}
