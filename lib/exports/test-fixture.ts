import type { SessionUser } from "@/lib/auth/session";
import type { Db } from "@/lib/db/create-client";
import type { Role } from "@/lib/db/generated/enums";
import { getLkeVersion } from "@/lib/lke/versions";
import { listQuestionEntries } from "@/lib/lke/walk";
import { createAssessmentFixture } from "@/tests/support/assessment-fixture";
import { answerAllBest } from "@/tests/e2e/assessment-fixture";

// An assessment in review whose unit claims the best answer everywhere (unit total 100) and
// whose TPI agrees except for A.I.1.i.a, answered "TIDAK" with a note. Hand-derived: indicator
// A.I.1.i weighs 0,5 over 2 questions, so the TPI loses 0,5 × 1/2 = 0,25 → total 99,75; area MP
// (weight 8) scores 7,75 = 96,875%; its Pemenuhan half 3,75; the indicator 0,25.

export const CHANGED_QUESTION = "A.I.1.i.a";
export const TPI_NOTE = "Dokumen rencana kerja belum ditandatangani pimpinan unit.";
export const EXPECTED = { unitTotal: 100, tpiTotal: 99.75, tpiMpScore: 7.75, tpiMpPercent: 96.875, tpiMpPemenuhan: 3.75, tpiIndicator: 0.25 };

export async function makeUser(db: Db, role: Role, unitId: string | null = null): Promise<SessionUser> {
  const tag = Math.random().toString(16).slice(2, 8);
  const row = await db.user.create({ data: { name: `${role} ${tag}`, email: `${role.toLowerCase()}-${tag}@serang.demo`, role, unitId, passwordHash: "x" } });
  return { id: row.id, name: row.name, role, unitId, unitName: null };
}

export async function createReviewedAssessment(db: Db, options: { unitName?: string; year?: number } = {}) {
  const fixture = await createAssessmentFixture(db, { state: "IN_REVIEW", year: options.year });
  const unit = options.unitName ? await db.unit.update({ where: { id: fixture.unit.id }, data: { name: options.unitName } }) : fixture.unit;
  await answerAllBest(db, fixture.assessment.id);
  await db.$executeRaw`UPDATE "Answer" SET "tpiValue" = "unitValue" WHERE "assessmentId" = ${fixture.assessment.id}::uuid`;
  await db.answer.update({
    where: { assessmentId_questionCode: { assessmentId: fixture.assessment.id, questionCode: CHANGED_QUESTION } },
    data: { tpiValue: "TIDAK", tpiNote: TPI_NOTE, tpiFlag: true },
  });
  const tpi = await makeUser(db, "TPI");
  await db.reviewAssignment.create({ data: { periodId: fixture.period.id, unitId: unit.id, reviewerId: tpi.id, isLead: true } });
  return { ...fixture, unit, tpi };
}

export function questionText(code: string): string {
  const entry = listQuestionEntries(getLkeVersion("pm90-2021")!).find((e) => e.question.code === code);
  if (!entry) throw new Error(`pertanyaan ${code} tidak ada`);
  return entry.question.text;
}
