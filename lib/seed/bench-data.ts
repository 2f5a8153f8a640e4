import { randomBytes } from "node:crypto";
import { hashPassword } from "@/lib/auth/password";
import type { Db } from "@/lib/db/create-client";
import type { Prisma } from "@/lib/db/generated/client";
import { listQuestionEntries } from "@/lib/lke/walk";
import type { Question } from "@/lib/lke/schema";
import { getLkeVersion } from "@/lib/lke/versions";

// Generated data for benchmarks: a period of N units, each with an operator and a fully
// answered LKE (deterministic pseudo-random answers), so pages and saves work at real size.

export const BENCH_PASSWORD = "BenchZonaIntegritas1";

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

export async function seedBenchPeriod({ db, units, year, lkeVersionId = "pm90-2021" }: { db: Db; units: number; year: number; lkeVersionId?: string }) {
  const lke = getLkeVersion(lkeVersionId)!;
  const questions = listQuestionEntries(lke).map((e) => e.question);
  const passwordHash = await hashPassword(BENCH_PASSWORD);
  const period = await db.period.create({ data: { year, name: `Evaluasi ZI Tahun ${year}`, lkeVersionId, deadline: new Date(Date.UTC(year + 1, 4, 31)) } });
  const operators: { email: string; assessmentId: string }[] = [];
  for (let i = 0; i < units; i++) {
    const tag = `${year}-${String(i + 1).padStart(3, "0")}-${randomBytes(2).toString("hex")}`;
    const unit = await db.unit.create({ data: { code: `B-${tag}`.toUpperCase(), name: `Unit Bench ${tag}`, kind: "OPD" } });
    const email = `bench-${tag}@serang.demo`;
    await db.user.create({ data: { name: `Operator Bench ${tag}`, email, role: "OPERATOR", unitId: unit.id, passwordHash } });
    const assessment = await db.assessment.create({ data: { periodId: period.id, unitId: unit.id } });
    const random = rng(year * 1000 + i);
    await db.answer.createMany({ data: questions.map((q) => ({ assessmentId: assessment.id, questionCode: q.code, unitValue: answerFor(q, random), unitUpdatedAt: new Date() })) });
    operators.push({ email, assessmentId: assessment.id });
  }
  return { period, operators };
}
