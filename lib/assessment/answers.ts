import "server-only";
import type { Db } from "@/lib/db/create-client";
import { Prisma } from "@/lib/db/generated/client";
import type { Answers } from "@/lib/scoring/answers";

export type StoredAnswer = {
  questionCode: string;
  unitValue: unknown;
  unitNote: string | null;
  version: number;
  needsRecheck: boolean;
  unitUpdatedAt: Date | null;
};

export async function listAnswers({ db, assessmentId }: { db: Db; assessmentId: string }): Promise<Map<string, StoredAnswer>> {
  const rows = await db.answer.findMany({
    where: { assessmentId },
    select: { questionCode: true, unitValue: true, unitNote: true, version: true, needsRecheck: true, unitUpdatedAt: true },
  });
  return new Map(rows.map((row) => [row.questionCode, row]));
}

/**
 * The unit's answers in the shape lib/scoring reads. Stored values were validated when saved;
 * a value that no longer fits (an answer kept across an LKE change) counts as unanswered.
 */
export function toScoringAnswers(answers: Map<string, StoredAnswer>, known: ReadonlySet<string>): Answers {
  const result: Record<string, Answers[string]> = {};
  for (const [code, answer] of answers) {
    if (!known.has(code) || answer.unitValue === null || answer.unitValue === undefined) continue;
    result[code] = answer.unitValue as Answers[string];
  }
  return result;
}

export function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}
