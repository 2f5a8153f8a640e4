import { z } from "zod";

// Idempotent saves (issue 11, kill -9 probe): a save in flight at a crash may commit while its tab
// hears only an error. Each attempt of one edit carries a key the browser made, kept across its
// retries; the answer remembers the key of the write that made its version (Answer.lastSaveKey).
// A retry that finds its own key answers "saved" without writing again, and a later edit that
// still names an unconfirmed key of the same tab does not take that commit for someone else's.

export const SaveKeyFields = {
  /** This attempt's key; optional so that callers without retries (scripts, tests) still save. */
  saveKey: z.uuid().optional(),
  /** Keys of this tab's earlier saves of the question whose outcome it never learned. */
  unconfirmedKeys: z.array(z.uuid()).max(20).optional(),
};

export type SaveKeyInput = { expectedVersion: number; saveKey?: string; unconfirmedKeys?: string[] };
export type StoredVersion = { version: number; lastSaveKey: string | null } | null;
export type SaveJudgement = { kind: "replay"; version: number } | { kind: "write"; baseVersion: number } | { kind: "conflict" };

/** Whether a save writes on top of the stored answer, is a retry of a write already made, or meets someone else's. */
export function judgeSave(stored: StoredVersion, input: SaveKeyInput): SaveJudgement {
  const key = stored?.lastSaveKey ?? null;
  if (stored && key && input.saveKey === key) return { kind: "replay", version: stored.version };
  const current = stored?.version ?? 0;
  if (current === input.expectedVersion) return { kind: "write", baseVersion: current };
  // The stored version was written by this tab, by a save it never heard back from: build on it.
  if (key && input.unconfirmedKeys?.includes(key)) return { kind: "write", baseVersion: current };
  return { kind: "conflict" };
}
