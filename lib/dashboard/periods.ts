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

/** The period of that year, else the latest one (the default), else null (no period yet). */
export function choosePeriod<T extends { year: number }>(periods: readonly T[], year: number | null): T | null {
  return (year !== null ? periods.find((p) => p.year === year) : undefined) ?? periods[0] ?? null;
}

/** The period of that year, or null. */
export async function findDashboardPeriod({ db, year }: { db: Db; year: number }): Promise<DashboardPeriod | null> {
  return db.period.findUnique({ where: { year }, select });
}
