import { randomBytes } from "node:crypto";
import { hashPassword } from "@/lib/auth/password";
import type { Db } from "@/lib/db/create-client";
import type { Prisma } from "@/lib/db/generated/client";
import { listQuestionEntries } from "@/lib/lke/walk";
import type { Question } from "@/lib/lke/schema";
import { getLkeVersion } from "@/lib/lke/versions";

// Generated data for benchmarks: N units with an operator each and a fully answered LKE per
// year (deterministic pseudo-random answers). Earlier years are reviewed by the TPI, so
// dashboards and history have both scores; the latest year is a mix of states.

export const BENCH_PASSWORD = "BenchZonaIntegritas1";

export type BenchUnit = { unitId: string; email: string };
export type BenchAssessment = BenchUnit & { assessmentId: string };

function rng(seed: number) {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0) / 2 ** 32);
}

function answerFor(question: Question, random: () => number): Prisma.InputJsonValue {
  if (question.type === "SURVEY_INDEX") return Math.round((2.5 + random() * 1.5) * 100) / 100;
  if (question.type === "PERCENT") {
    const inputs = (question.inputs ?? []).filter((i) => !i.unused);
    return Object.fromEntries(inputs.map((i) => [i.key, Math.floor(random() * 20) + 1]));
  }
  const options = question.options ?? [];
  return options[Math.floor(random() ** 2 * options.length)]!.code;
}

export async function createBenchUnits({ db, count }: { db: Db; count: number }): Promise<BenchUnit[]> {
  const passwordHash = await hashPassword(BENCH_PASSWORD);
  const batch = randomBytes(2).toString("hex");
  const units: BenchUnit[] = [];
  for (let i = 0; i < count; i++) {
    const tag = `${batch}-${String(i + 1).padStart(3, "0")}`;
    const unit = await db.unit.create({ data: { code: `B-${tag}`.toUpperCase(), name: `Unit Bench ${tag}`, kind: "OPD" } });
    const email = `bench-${tag}@serang.demo`;
    await db.user.create({ data: { name: `Operator Bench ${tag}`, email, role: "OPERATOR", unitId: unit.id, passwordHash } });
    units.push({ unitId: unit.id, email });
  }
  return units;
}

/** One year's period for these units; `reviewed` adds TPI values (a little stricter than the unit's). */
export async function seedBenchYear({ db, units, year, reviewed, lkeVersionId = "pm90-2021" }: { db: Db; units: BenchUnit[]; year: number; reviewed: boolean; lkeVersionId?: string }) {
  const lke = getLkeVersion(lkeVersionId)!;
  const questions = listQuestionEntries(lke).map((e) => e.question);
  const period =
    (await db.period.findUnique({ where: { year } })) ??
    (await db.period.create({ data: { year, name: `Evaluasi ZI Tahun ${year}`, lkeVersionId, deadline: new Date(Date.now() + 90 * 86_400_000) } }));
  const assessments: BenchAssessment[] = [];
  for (const [i, unit] of units.entries()) {
    const state = reviewed ? "IN_REVIEW" : (["DRAFT", "SUBMITTED", "IN_REVIEW"] as const)[i % 3]!;
    const assessment = await db.assessment.create({ data: { periodId: period.id, unitId: unit.unitId, state } });
    const random = rng(year * 10_000 + i);
    const data = questions.map((q) => {
      const unitValue = answerFor(q, random);
      const tpiValue = reviewed || state === "IN_REVIEW" ? (random() < 0.8 ? unitValue : answerFor(q, random)) : undefined;
      return { assessmentId: assessment.id, questionCode: q.code, unitValue, tpiValue, unitUpdatedAt: new Date() };
    });
    await db.answer.createMany({ data });
    assessments.push({ ...unit, assessmentId: assessment.id });
  }
  return { period, assessments };
}

/** Units with a history: every year in `years`, the last one still under way. */
export async function seedBenchHistory({ db, units: count, years }: { db: Db; units: number; years: number[] }) {
  const units = await createBenchUnits({ db, count });
  let latest: Awaited<ReturnType<typeof seedBenchYear>> | undefined;
  for (const [i, year] of years.entries()) latest = await seedBenchYear({ db, units, year, reviewed: i < years.length - 1 });
  return { units, latest: latest! };
}
