import "server-only";
import type { Db } from "@/lib/db/create-client";
import type { Prisma } from "@/lib/db/generated/client";
import type { Role } from "@/lib/db/generated/enums";

// Reads of the audit trail for people. The caller has already decided, through
// getAssessmentForUser, that this user may see the assessment.

export type TimelineEvent = {
  id: string;
  at: Date;
  action: string;
  entityType: string;
  entityId: string | null;
  actor: { name: string; role: Role } | null;
  before: Prisma.JsonValue | null;
  after: Prisma.JsonValue | null;
};

export type TimelinePage = { events: TimelineEvent[]; nextCursor: string | null };

export type ListAssessmentTimelineOptions = {
  db: Db;
  assessmentId: string;
  /** The id of the last event already shown; the page continues with older ones. */
  cursor?: string | null;
  limit: number;
};

/** A cursor from the address bar, or null when it is not an event id. */
export function parseTimelineCursor(value: string | string[] | undefined): string | null {
  return typeof value === "string" && /^[1-9]\d{0,18}$/.test(value) ? value : null;
}

/**
 * The events of one assessment, newest first, `limit` at a time. In insertion (id) order, sealed
 * or not yet: the sequencer links committed events shortly after, and its seq may order two
 * concurrent writes the other way round, which a reader of one assessment never notices.
 */
export async function listAssessmentTimeline({ db, assessmentId, cursor, limit }: ListAssessmentTimelineOptions): Promise<TimelinePage> {
  if (!Number.isInteger(limit) || limit < 1 || limit > 500) throw new RangeError(`limit harus 1–500, bukan ${limit}`);
  const before = cursor ? parseTimelineCursor(cursor) : null;
  const rows = await db.auditEvent.findMany({
    where: { assessmentId, ...(before ? { id: { lt: BigInt(before) } } : {}) },
    orderBy: { id: "desc" },
    take: limit + 1,
    select: {
      id: true, at: true, action: true, entityType: true, entityId: true, before: true, after: true,
      actor: { select: { name: true, role: true } },
    },
  });
  const events = rows.slice(0, limit).map((row) => ({ ...row, id: row.id.toString() }));
  const last = events[events.length - 1];
  return { events, nextCursor: rows.length > limit && last ? last.id : null };
}
