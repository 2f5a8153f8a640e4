import { createHash } from "node:crypto";
import canonicalize from "canonicalize";
import { hashPassword } from "@/lib/auth/password";
import type { Db } from "@/lib/db/create-client";
import type { Prisma } from "@/lib/db/generated/client";
import { getLkeVersion, listLkeVersionIds } from "@/lib/lke/versions";
import { DEMO_PASSWORD, DEMO_UNITS, DEMO_USERS } from "./demo-data";
import { seedDemoEligibility } from "./demo-eligibility";

export type SeedReport = { lkeVersionsAdded: string[]; demoSeeded: boolean };

/**
 * Brings a migrated database to a usable state: the LKE versions the code ships are
 * always present (they are data, not code), and demo units and accounts are added to
 * an empty database in demo mode. Safe to run at every start.
 */
export async function seedDatabase({ db, demo }: { db: Db; demo: boolean }): Promise<SeedReport> {
  const lkeVersionsAdded = await ensureLkeVersions(db);
  const empty = (await db.unit.count()) === 0 && (await db.user.count()) === 0;
  if (!demo || !empty) return { lkeVersionsAdded, demoSeeded: false };
  await seedDemo(db);
  return { lkeVersionsAdded, demoSeeded: true };
}

// LKE versions are immutable once stored: a period refers to one, and its scores must stay
// reproducible. A changed LKE is a new version id, never an edit of a stored one.
async function ensureLkeVersions(db: Db): Promise<string[]> {
  const added: string[] = [];
  for (const id of listLkeVersionIds()) {
    const version = getLkeVersion(id)!; // validated; a shipped file that breaks a rule throws here
    const checksum = createHash("sha256").update(canonicalize(version) ?? "").digest("hex");
    const existing = await db.lkeVersion.findUnique({ where: { id: version.id }, select: { checksum: true } });
    if (existing) continue;
    await db.lkeVersion.create({
      data: { id: version.id, title: version.title, catalogue: version as unknown as Prisma.InputJsonValue, checksum },
    });
    added.push(version.id);
  }
  return added;
}

async function seedDemo(db: Db) {
  // The demo period uses the newest LKE version the code ships (ensureLkeVersions stored it).
  const lkeVersionId = listLkeVersionIds().at(-1)!;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await db.$transaction(async (tx) => {
    const ids = new Map<string, string>();
    for (const unit of DEMO_UNITS) {
      const created = await tx.unit.create({
        data: { code: unit.code, name: unit.name, kind: unit.kind, parentId: unit.parent ? ids.get(unit.parent) : null },
      });
      ids.set(unit.code, created.id);
    }
    await tx.user.createMany({
      data: DEMO_USERS.map((user) => ({
        nip: user.nip,
        email: user.email,
        name: user.name,
        role: user.role,
        unitId: ids.get(user.unit) ?? null,
        passwordHash,
      })),
    });
    const admin = await tx.user.findFirstOrThrow({ where: { role: "ADMIN" }, select: { id: true } });
    await seedDemoEligibility(tx, { ids, adminId: admin.id, lkeVersionId, now: new Date() });
    // Some 40 statements: more than Prisma's default 5 s on a busy machine or a cold database.
  }, { timeout: 60_000 });
}
