import type { TimeZoneCode } from "@/lib/db/generated/enums";

// The three Indonesian time zones (Keputusan Presiden 41/1987): WIB, WITA, WIT.
// None has daylight saving, so a fixed offset is exact: dates and deadlines need no time-zone
// database, and the same arithmetic runs in the browser, the server and the scripts.

export const TIME_ZONE_CODES = ["WIB", "WITA", "WIT"] as const satisfies readonly TimeZoneCode[];

export type TimeZoneInfo = { code: TimeZoneCode; iana: string; offsetHours: number };

export const TIME_ZONES: Record<TimeZoneCode, TimeZoneInfo> = {
  WIB: { code: "WIB", iana: "Asia/Jakarta", offsetHours: 7 },
  WITA: { code: "WITA", iana: "Asia/Makassar", offsetHours: 8 },
  WIT: { code: "WIT", iana: "Asia/Jayapura", offsetHours: 9 },
};

/** The zone whose calendar day is the earliest in Indonesia (checks that must never refuse too much). */
export const WESTERNMOST_ZONE: TimeZoneCode = "WIB";
/** The zone whose calendar day is the latest in Indonesia. */
export const EASTERNMOST_ZONE: TimeZoneCode = "WIT";

const HOUR_MS = 60 * 60 * 1000;
const DAY_MS = 24 * HOUR_MS;
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when `value` is a real calendar date written YYYY-MM-DD (no 2025-02-30). */
export function isCalendarDate(value: string): boolean {
  const match = DATE_PATTERN.exec(value);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === value;
}

/** The calendar date (YYYY-MM-DD) of this instant in the zone. */
export function dateInZone(instant: Date, zone: TimeZoneCode): string {
  return new Date(instant.getTime() + TIME_ZONES[zone].offsetHours * HOUR_MS).toISOString().slice(0, 10);
}

/** The year of this instant in the zone. */
export function yearInZone(instant: Date, zone: TimeZoneCode): number {
  return Number(dateInZone(instant, zone).slice(0, 4));
}

/** The last millisecond of that day in the zone: "2025-05-31" in WIB → 2025-05-31T16:59:59.999Z. */
export function endOfDayInZone(date: string, zone: TimeZoneCode): Date {
  if (!isCalendarDate(date)) throw new RangeError(`Bukan tanggal YYYY-MM-DD: ${date}`);
  return new Date(Date.parse(`${date}T00:00:00.000Z`) + DAY_MS - TIME_ZONES[zone].offsetHours * HOUR_MS - 1);
}

/** A DATE column's value (PostgreSQL DATE arrives as UTC midnight) as YYYY-MM-DD. */
export function isoDayOf(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** YYYY-MM-DD as the value of a DATE column (UTC midnight). */
export function dateColumn(day: string): Date {
  if (!isCalendarDate(day)) throw new RangeError(`Bukan tanggal YYYY-MM-DD: ${day}`);
  return new Date(`${day}T00:00:00.000Z`);
}
