import type { SessionUser } from "@/lib/auth/session";
import type { Db } from "@/lib/db/create-client";
import type { AssessmentState, Role } from "@/lib/db/generated/enums";
import type { Question } from "@/lib/lke/schema";
import { getLkeVersion } from "@/lib/lke/versions";
import { listQuestionEntries } from "@/lib/lke/walk";
import type { AnswerValue } from "@/lib/scoring/answers";
import { createAssessmentFixture } from "@/tests/support/assessment-fixture";

// For the transition tests: a unit's assessment with an operator, a ketua tim and a member of
// its TPI team, a TPI of another unit, and an admin.

export const lke = getLkeVersion("pm90-2021")!;
export const questions = listQuestionEntries(lke).map((e) => e.question);

/** The best answer of a question: the first option, the full index, a ratio of 1, a reduction to 0. */
export function bestAnswer(question: Question): AnswerValue {
  if (question.type === "SURVEY_INDEX") return question.scaleMax ?? 4;
  if (question.type !== "PERCENT") return question.options![0]!.code;
  const formula = question.formula!;
  const used = (question.inputs ?? []).filter((i) => !i.unused);
  if (formula.kind === "reduction") return Object.fromEntries(used.map((i) => [i.key, i.key === formula.previous ? 10 : 0]));
  return Object.fromEntries(used.map((i) => [i.key, formula.denominator.includes(i.key) ? 1 : formula.denominator.length]));
}

async function createUser(db: Db, role: Role, tag: string, unitId: string | null = null): Promise<SessionUser> {
  const user = await db.user.create({ data: { name: `${role} ${tag}`, email: `${tag}-${role.toLowerCase()}@serang.test`, role, unitId, passwordHash: "x" } });
  return { id: user.id, name: user.name, role, unitId, unitName: null };
}

export async function createTransitionFixture(db: Db, { state = "IN_REVIEW", year }: { state?: AssessmentState; year?: number } = {}) {
  const { unit, period, assessment, user: operator } = await createAssessmentFixture(db, { state, year });
  const other = await db.unit.create({ data: { code: `LAIN-${unit.code}`, name: `Unit lain ${unit.code}`, kind: "OPD" } });
  const lead = await createUser(db, "TPI", `ketua-${unit.code}`);
  const member = await createUser(db, "TPI", `anggota-${unit.code}`);
  const outsider = await createUser(db, "TPI", `luar-${unit.code}`);
  const admin = await createUser(db, "ADMIN", `admin-${unit.code}`);
  await db.reviewAssignment.createMany({
    data: [
      { periodId: period.id, unitId: unit.id, reviewerId: lead.id, isLead: true },
      { periodId: period.id, unitId: unit.id, reviewerId: member.id },
      { periodId: period.id, unitId: other.id, reviewerId: outsider.id, isLead: true },
    ],
  });
  return { unit, period, assessment, operator, lead, member, outsider, admin };
}

/** Every question answered by the unit and valued by the TPI with the same value (best unless overridden). */
export async function answerEverything(db: Db, assessmentId: string, overrides: Record<string, AnswerValue> = {}) {
  await db.answer.createMany({
    data: questions.map((q) => {
      const value = overrides[q.code] ?? bestAnswer(q);
      return { assessmentId, questionCode: q.code, unitValue: value, tpiValue: value };
    }),
  });
}

