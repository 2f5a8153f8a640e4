// Deadlines are whole days in Kabupaten Serang's time zone. WIB is UTC+7 all year (Indonesia has
// no daylight saving), so a fixed offset is exact and needs no time-zone database.
const WIB_OFFSET_MS = 7 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when `value` is a real calendar date written YYYY-MM-DD (no 2025-02-30). */
export function isCalendarDate(value: string): boolean {
  const match = DATE_PATTERN.exec(value);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === value;
}

/** The last millisecond of that day in WIB: "2025-05-31" → 2025-05-31T16:59:59.999Z. */
export function endOfDayInJakarta(date: string): Date {
  if (!isCalendarDate(date)) throw new RangeError(`Bukan tanggal YYYY-MM-DD: ${date}`);
  return new Date(Date.parse(`${date}T00:00:00.000Z`) + DAY_MS - WIB_OFFSET_MS - 1);
}

/** The calendar date (YYYY-MM-DD) of this instant in WIB. */
export function jakartaDateOf(instant: Date): string {
  return new Date(instant.getTime() + WIB_OFFSET_MS).toISOString().slice(0, 10);
}

/** The current year in WIB (the default year of a new period). */
export function jakartaYearOf(instant: Date): number {
  return Number(jakartaDateOf(instant).slice(0, 4));
}
