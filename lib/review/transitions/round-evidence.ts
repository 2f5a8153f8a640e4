import { isRecord } from "@/lib/audit/action-labels";

// Bukti dukung added and removed on the returned questions since the LKE was returned (issue 12):
// read from the audit trail, since a deleted bukti dukung leaves no row behind. An item added and
// removed again within the round cancels out.

export type EvidenceEvent = { action: string; entityId: string | null; before: unknown; after: unknown };
export type EvidenceChanges = { added: string[]; removed: string[] };

const nameOf = (side: unknown): string | null => (isRecord(side) ? ((typeof side.fileName === "string" && side.fileName) || (typeof side.url === "string" && side.url) || null) : null);
const codeOf = (side: unknown): string | null => (isRecord(side) && typeof side.questionCode === "string" ? side.questionCode : null);

/** Events oldest first; the answer is by question code. */
export function netEvidenceChanges(events: readonly EvidenceEvent[]): Record<string, EvidenceChanges> {
  const added = new Map<string, { code: string; name: string }>();
  const removed = new Map<string, { code: string; name: string }>();
  for (const event of events) {
    const id = event.entityId;
    if (!id) continue;
    if (event.action === "evidence.upload" || event.action === "evidence.link") {
      const code = codeOf(event.after);
      const name = nameOf(event.after);
      if (code && name) added.set(id, { code, name });
    } else if (event.action === "evidence.delete") {
      if (added.delete(id)) continue; // added in this round and gone again
      const code = codeOf(event.before);
      const name = nameOf(event.before);
      if (code && name) removed.set(id, { code, name });
    }
  }
  const result: Record<string, EvidenceChanges> = {};
  for (const { code, name } of added.values()) (result[code] ??= { added: [], removed: [] }).added.push(name);
  for (const { code, name } of removed.values()) (result[code] ??= { added: [], removed: [] }).removed.push(name);
  return result;
}
