import "server-only";
import type { Db } from "@/lib/db/create-client";
import type { InstansiConditionKey, PeriodStatus } from "@/lib/db/generated/enums";
import { CONDITION_KEYS } from "./condition-schemas";
import { proposalDayOf } from "./proposal-day";
import { isoDayOf } from "./time-zone";

export type InstansiConditionView = {
  id: string;
  key: InstansiConditionKey;
  value: string;
  documentName: string;
  documentDate: string;
  sourceUrl: string | null;
  /** Set when the source is an uploaded file (served by /api/tabel5/<id>). */
  file: { name: string; mimeType: string; size: number } | null;
  updatedAt: Date;
};

export type PeriodConditions = {
  period: { id: string; year: number; name: string; status: PeriodStatus };
  /** The proposal deadline as saved (null: the default day applies). */
  proposalDeadline: string | null;
  /** The day eligibility is judged on: the saved deadline or 31 May of the year. */
  proposalDay: string;
  /** The four Tabel 5 rows in Tabel 5's order; null where nothing is entered yet. */
  rows: { key: InstansiConditionKey; condition: InstansiConditionView | null }[];
};

/** A period's instansi-level Tabel 5 values with their documents, or null when there is no such period. */
export async function getPeriodConditions({ db, periodId }: { db: Db; periodId: string }): Promise<PeriodConditions | null> {
  const [period, conditions] = await Promise.all([
    db.period.findUnique({ where: { id: periodId }, select: { id: true, year: true, name: true, status: true, proposalDeadline: true } }),
    db.instansiCondition.findMany({ where: { periodId } }),
  ]);
  if (!period) return null;
  const byKey = new Map(conditions.map((c) => [c.key, c]));
  return {
    period: { id: period.id, year: period.year, name: period.name, status: period.status },
    proposalDeadline: period.proposalDeadline ? isoDayOf(period.proposalDeadline) : null,
    proposalDay: proposalDayOf(period),
    rows: CONDITION_KEYS.map((key) => {
      const c = byKey.get(key);
      if (!c) return { key, condition: null };
      const file = c.sha256 && c.fileName && c.mimeType && c.size !== null ? { name: c.fileName, mimeType: c.mimeType, size: c.size } : null;
      return {
        key,
        condition: { id: c.id, key, value: c.value, documentName: c.documentName, documentDate: isoDayOf(c.documentDate), sourceUrl: c.sourceUrl, file, updatedAt: c.updatedAt },
      };
    }),
  };
}
