import type { Db } from "@/lib/db/create-client";
import type { Formula } from "@/lib/lke/schema";
import { getLkeVersion } from "@/lib/lke/versions";
import { listQuestionEntries } from "@/lib/lke/walk";

/** An open period (a year no other test uses) with DRAFT assessments for the given units. */
export async function openPeriodFor(db: Db, unitIds: string[], options: { deadline?: Date } = {}) {
  let year = 3000 + Math.floor(Math.random() * 6000);
  while (await db.period.findUnique({ where: { year } })) year += 1;
  const period = await db.period.create({
    data: { year, name: `Evaluasi ZI Tahun ${year}`, lkeVersionId: "pm90-2021", deadline: options.deadline ?? new Date(Date.now() + 7 * 86_400_000) },
  });
  const assessments = await Promise.all(unitIds.map((unitId) => db.assessment.create({ data: { periodId: period.id, unitId } })));
  return { period, assessments };
}

/** Answers every question of an assessment except `except` with its worst answer, as if typed in earlier. */
export async function answerAllBut(db: Db, assessmentId: string, except: string[]) {
  const lke = getLkeVersion("pm90-2021")!;
  const data = listQuestionEntries(lke)
    .map((e) => e.question)
    .filter((q) => !except.includes(q.code))
    .map((q) => ({
      assessmentId,
      questionCode: q.code,
      unitValue:
        q.type === "PERCENT" ? Object.fromEntries((q.inputs ?? []).filter((i) => !i.unused).map((i) => [i.key, 0]))
        : q.type === "SURVEY_INDEX" ? 0
        : q.options!.at(-1)!.code,
    }));
  await db.answer.createMany({ data });
}

/** Answers every question with its best answer: the unit claims a perfect LKE (total 100). */
export async function answerAllBest(db: Db, assessmentId: string) {
  const lke = getLkeVersion("pm90-2021")!;
  const data = listQuestionEntries(lke).map(({ question: q }) => ({
    assessmentId,
    questionCode: q.code,
    unitValue:
      q.type === "PERCENT" ? bestCounts(q.formula!)
      : q.type === "SURVEY_INDEX" ? 4
      : q.options![0]!.code,
  }));
  await db.answer.createMany({ data });
}

/** Counts that make a formula's value 1: numerators equal the denominators' sum; no new violations. */
function bestCounts(formula: Formula): Record<string, number> {
  if (formula.kind === "reduction") return { [formula.previous]: 3, [formula.current]: 0 };
  return Object.fromEntries([...formula.denominator.map((k) => [k, 1]), ...formula.numerator.map((k) => [k, formula.denominator.length])]);
}
