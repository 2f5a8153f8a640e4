import "server-only";
import type { Db } from "@/lib/db/create-client";
import { type EvidenceChanges, netEvidenceChanges } from "./round-evidence";

export type AnswerSide = { value: unknown; note: string | null };
export type RoundChange = { questionCode: string; tpiNote: string | null; before: AnswerSide; after: AnswerSide; changed: boolean; evidence: EvidenceChanges };

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
  const evidence = await evidenceSinceReturn({ db, assessmentId, round, codes: rows.map((r) => r.questionCode) });
  return rows.map((row) => {
    const before = snapshotOf(row.returnedSnapshot);
    const after = { value: row.unitValue ?? null, note: row.unitNote };
    const files = evidence[row.questionCode] ?? { added: [], removed: [] };
    const changed = JSON.stringify(before) !== JSON.stringify(after) || files.added.length > 0 || files.removed.length > 0;
    return { questionCode: row.questionCode, tpiNote: row.tpiNote, before, after, changed, evidence: files };
  });
}

/** Bukti dukung events on these questions after the return of this round (the audit trail keeps deleted ones). */
async function evidenceSinceReturn({ db, assessmentId, round, codes }: { db: Db; assessmentId: string; round: number; codes: string[] }) {
  const returns = await db.auditEvent.findMany({ where: { assessmentId, action: "assessment.return" }, orderBy: { id: "desc" }, select: { id: true, after: true } });
  const returned = returns.find((e) => typeof e.after === "object" && e.after !== null && (e.after as { round?: unknown }).round === round) ?? returns[0];
  if (!returned) return {};
  const events = await db.auditEvent.findMany({
    where: { assessmentId, id: { gt: returned.id }, action: { in: ["evidence.upload", "evidence.link", "evidence.delete"] } },
    orderBy: { id: "asc" },
    select: { action: true, entityId: true, before: true, after: true },
  });
  const wanted = new Set(codes);
  return Object.fromEntries(Object.entries(netEvidenceChanges(events)).filter(([code]) => wanted.has(code)));
}
