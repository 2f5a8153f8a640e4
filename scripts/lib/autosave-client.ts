import { request } from "node:http";
import type { Db } from "@/lib/db/create-client";

type Operator = { assessmentId: string; cookie: string };

/**
 * One POST on a connection of its own. fetch reuses idle keep-alive connections, and on a
 * starved machine it may reuse one the server is closing that very moment ("other side
 * closed"): an error of the load generator, not of the portal, which a browser retries.
 */
function post(url: string, headers: Record<string, string>, body: string): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: "POST", agent: false, headers: { ...headers, "content-length": Buffer.byteLength(body) } }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString("utf8") }));
      res.on("error", reject);
    });
    req.on("error", reject);
    req.end(body);
  });
}

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
    const body = JSON.stringify([{ assessmentId: operator.assessmentId, questionCode, value: versions[client]! % 2 ? "YA" : "TIDAK", note: null, expectedVersion: versions[client] }]);
    const headers = { "next-action": actionId, "content-type": "text/plain;charset=UTF-8", accept: "text/x-component", cookie: operator.cookie };
    const response = await post(`${base}/opd/penilaian/${operator.assessmentId}/mp`, headers, body).catch((error: unknown) => {
      onFailure?.(`tanpa jawaban: ${error instanceof Error ? error.message : String(error)}`);
      throw error;
    });
    const saved = /"status":"saved","version":(\d+)/.exec(response.text);
    if (saved) versions[client] = Number(saved[1]);
    const ok = response.status === 200 && saved !== null;
    if (!ok) onFailure?.(`HTTP ${response.status}: ${response.text.slice(-300)}`);
    return ok;
  };
}
