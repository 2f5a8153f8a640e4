import { randomBytes } from "node:crypto";
import type { SessionUser } from "@/lib/auth/session";
import type { Db } from "@/lib/db/create-client";
import type { AssessmentState } from "@/lib/db/generated/enums";
import { seedDatabase } from "@/lib/seed/seed";

/** A unit with an operator and a DRAFT assessment in an open period of the shipped LKE. */
export async function createAssessmentFixture(db: Db, options: { deadline?: Date; state?: AssessmentState; year?: number } = {}) {
  await seedDatabase({ db, demo: false });
  const tag = randomBytes(3).toString("hex");
  const unit = await db.unit.create({ data: { code: `U-${tag}`.toUpperCase(), name: `Dinas Uji ${tag}`, kind: "OPD" } });
  const operator = await db.user.create({ data: { name: `Operator ${tag}`, email: `op-${tag}@serang.demo`, role: "OPERATOR", unitId: unit.id, passwordHash: "x" } });
  // A given year joins that period; otherwise each fixture gets a period of its own.
  let year = options.year ?? 2100 + Math.floor(Math.random() * 800);
  while (options.year === undefined && (await db.period.findUnique({ where: { year } }))) year += 1;
  const period =
    (await db.period.findUnique({ where: { year } })) ??
    (await db.period.create({ data: { year, name: `Evaluasi ${year}`, lkeVersionId: "pm90-2021", deadline: options.deadline ?? new Date(Date.now() + 30 * 86_400_000) } }));
  const assessment = await db.assessment.create({ data: { periodId: period.id, unitId: unit.id, state: options.state ?? "DRAFT" } });
  const user: SessionUser = { id: operator.id, name: operator.name, role: "OPERATOR", unitId: unit.id, unitName: unit.name };
  return { unit, period, assessment, user };
}
