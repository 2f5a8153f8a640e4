import "server-only";
import type { Db } from "@/lib/db/create-client";

export type AnswerSide = { value: unknown; note: string | null };
export type RoundChange = { questionCode: string; tpiNote: string | null; before: AnswerSide; after: AnswerSide; changed: boolean };

function snapshotOf(json: unknown): AnswerSide {
  if (json === null || typeof json !== "object" || Array.isArray(json)) return { value: null, note: null };
  const value = "value" in json ? json.value : null;
  const note = "note" in json && typeof json.note === "string" ? json.note : null;
  return { value: value ?? null, note };
}

/**
 * For each question returned in the previous round: the unit's answer when it was returned and
 * now. While the LKE is still RETURNED, the round under revision is the current one.
 */
export async function listRoundChanges({ db, assessmentId }: { db: Db; assessmentId: string }): Promise<RoundChange[]> {
  const assessment = await db.assessment.findUnique({ where: { id: assessmentId }, select: { state: true, round: true } });
  if (!assessment) return [];
  const round = assessment.state === "RETURNED" ? assessment.round : assessment.round - 1;
  if (round < 1) return [];
  const rows = await db.answer.findMany({
    where: { assessmentId, returnedRound: round },
    orderBy: { questionCode: "asc" },
    select: { questionCode: true, tpiNote: true, unitValue: true, unitNote: true, returnedSnapshot: true },
  });
  return rows.map((row) => {
    const before = snapshotOf(row.returnedSnapshot);
    const after = { value: row.unitValue ?? null, note: row.unitNote };
    return { questionCode: row.questionCode, tpiNote: row.tpiNote, before, after, changed: JSON.stringify(before) !== JSON.stringify(after) };
  });
}
