import type { SessionUser } from "@/lib/auth/session";
import type { Db } from "@/lib/db/create-client";
import type { AssessmentState, Role } from "@/lib/db/generated/enums";
import type { Eligibility } from "@/lib/eligibility/types";
import { dateInZone } from "@/lib/instansi/time-zone";
import { createAssessmentFixture } from "@/tests/support/assessment-fixture";
import { ELIGIBLE, storedEvaluation } from "./evaluation-fixture";

export { ELIGIBLE, INELIGIBLE, storedEvaluation } from "./evaluation-fixture";

// For the proposal's integration tests: a period of this year with units whose FINAL evaluations
// carry the eligibility the real rule decides (lib/eligibility/decide-eligibility), as finalize
// stores it, and one user per role.

export const thisYear = () => Number(dateInZone(new Date(), "WIB").slice(0, 4));
export const todayWib = () => dateInZone(new Date(), "WIB");

export async function createProposalFixture(db: Db, { deadline }: { deadline?: string } = {}) {
  const year = thisYear();
  const first = await createAssessmentFixture(db, { year });
  const period = await db.period.update({ where: { id: first.period.id }, data: { proposalDeadline: new Date(`${deadline ?? `${year}-12-31`}T00:00:00Z`) } });
  await db.instansi.upsert({ where: { id: 1 }, update: {}, create: { id: 1, name: "Pemerintah Kabupaten Uji", kind: "PEMDA_KABUPATEN", regionName: "Kabupaten Uji", headTitle: "Bupati Uji", timeZone: "WIB" } });
  const users = {} as Record<Role, SessionUser>;
  for (const role of ["ADMIN", "TPI", "PIMPINAN"] as const) {
    const row = await db.user.create({ data: { name: `${role} uji`, email: `${role.toLowerCase()}-proposal@uji.test`, role, passwordHash: "x" } });
    users[role] = { id: row.id, name: row.name, role, unitId: null, unitName: null };
  }
  users.OPERATOR = first.user;

  async function unit({ eligibility = ELIGIBLE, state = "FINAL" }: { eligibility?: Eligibility; state?: AssessmentState } = {}) {
    const f = first.assessment.state === "DRAFT" && !used ? first : await createAssessmentFixture(db, { year });
    used = true;
    await db.assessment.update({ where: { id: f.assessment.id }, data: { state, evaluation: state === "FINAL" ? storedEvaluation(eligibility) : undefined, finalizedAt: state === "FINAL" ? new Date() : null } });
    return { id: f.unit.id, name: f.unit.name, assessmentId: f.assessment.id };
  }
  let used = false;
  return { period, year, users, unit };
}
