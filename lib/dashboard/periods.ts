import "server-only";
import type { Db } from "@/lib/db/create-client";

export type DashboardPeriod = { id: string; year: number; name: string; deadline: Date; status: "OPEN" | "CLOSED"; lkeVersionId: string };

const select = { id: true, year: true, name: true, deadline: true, status: true, lkeVersionId: true } as const;

/** Every period, newest first: the year filter's choices. */
export async function listDashboardPeriods({ db }: { db: Db }): Promise<DashboardPeriod[]> {
  return db.period.findMany({ orderBy: { year: "desc" }, select });
}

/** The `?tahun=` value as a year, or null when absent or not a year. */
export function parseYear(value: string | string[] | undefined): number | null {
  const raw = Array.isArray(value) ? value[0] : value;
  if (!raw || !/^\d{4}$/.test(raw)) return null;
  return Number(raw);
}

/**
 * The period of that year; without one, the current period: the latest open one that has begun
 * (its year is not after this year) — not next year's, which Bagian Organisasi may open early —
 * then the earliest open one, then the latest of all; null when there is no period yet.
 * `periods` are newest first.
 */
export function choosePeriod<T extends { year: number; status: string }>(periods: readonly T[], year: number | null, now: Date = new Date()): T | null {
  const chosen = year !== null ? periods.find((p) => p.year === year) : undefined;
  if (chosen) return chosen;
  const open = periods.filter((p) => p.status === "OPEN");
  return open.find((p) => p.year <= now.getFullYear()) ?? open.at(-1) ?? periods[0] ?? null;
}

/** The period of that year, or null. */
export async function findDashboardPeriod({ db, year }: { db: Db; year: number }): Promise<DashboardPeriod | null> {
  return db.period.findUnique({ where: { year }, select });
}
