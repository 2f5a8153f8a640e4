import type { Db } from "@/lib/db/create-client";

type Operator = { assessmentId: string; cookie: string };

/**
 * Saves one answer the way the area page does: a POST of the saveAnswerAction server action
 * with the version it edited, alternating between two options so every save is a change.
 * Returns a sender for loadSequential that is true when the server answered "saved".
 */
export function autosaveSender({ db, base, actionId, operators, questionCode = "A.I.1.i.a", onFailure }: { db: Db; base: string; actionId: string; operators: Operator[]; questionCode?: string; onFailure?: (answer: string) => void }) {
  const versions = operators.map(() => -1);
  return async (client: number): Promise<boolean> => {
    const operator = operators[client]!;
    if (versions[client]! < 0) {
      const stored = await db.answer.findUnique({ where: { assessmentId_questionCode: { assessmentId: operator.assessmentId, questionCode } } });
      versions[client] = stored?.version ?? 0;
    }
    const response = await fetch(`${base}/opd/penilaian/${operator.assessmentId}/mp`, {
      method: "POST",
      headers: { "next-action": actionId, "content-type": "text/plain;charset=UTF-8", accept: "text/x-component", cookie: operator.cookie },
      body: JSON.stringify([{ assessmentId: operator.assessmentId, questionCode, value: versions[client]! % 2 ? "YA" : "TIDAK", note: null, expectedVersion: versions[client] }]),
    }).catch((error: unknown) => {
      // No answer at all (refused or dropped connection): counted, and said what it was.
      onFailure?.(`tanpa jawaban: ${error instanceof Error ? `${error.message} ${String(error.cause ?? "")}` : String(error)}`);
      throw error;
    });
    const text = await response.text();
    const saved = /"status":"saved","version":(\d+)/.exec(text);
    if (saved) versions[client] = Number(saved[1]);
    const ok = response.ok && saved !== null;
    if (!ok) onFailure?.(`HTTP ${response.status}: ${text.slice(-300)}`);
    return ok;
  };
}
